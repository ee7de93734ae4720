package lessontest_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// spinner is a lesson of two programs: one that computes for ever, and one
// that waits a while and ends.
const spinner = `
-- spin.go --
//go:build ignore

package main

func main() {
	for n := 0; n >= 0; n++ {
		n %= 1000
	}
}
-- sleep.go --
//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(2 * time.Second)
	fmt.Println("done")
}
-- tests/spin.txtar --
exec socklab run spin.go
-- tests/sleep.txtar --
exec socklab run sleep.go
stdout '^done$'
`

// TestEndless checks that a program found computing when its test's time
// ran out is named, that a program so named is stopped in a later test as
// soon as it computes for a second without pause, and that one which only
// waits is not.
func TestEndless(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lesson")
	writeTree(t, dir, spinner)
	lessons, err := lessontest.Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]lessontest.Test{}
	for _, test := range lessontest.Tests(lessons) {
		tests[test.Name] = test
	}
	cases := []struct {
		name    string
		test    string
		endless []string // Test.Endless
		timeout time.Duration
		status  lessontest.Status
		found   []string // Result.Endless
		output  string
	}{
		{"loops until the time limit", "spin", nil, 3 * time.Second, lessontest.Failed, []string{"spin.go"},
			"socklab: spin.go was computing, without pause, when the time ran out"},
		{"loops again", "spin", []string{"spin.go"}, time.Minute, lessontest.Failed, nil,
			"socklab: spin.go computed for 1s without pause, as it did until the time limit in an earlier test, and was stopped"},
		{"waits", "sleep", []string{"sleep.go"}, time.Minute, lessontest.Passed, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h, err := lessontest.New(lessontest.Options{Timeout: c.timeout})
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			test := tests[c.test]
			test.Endless = c.endless
			r := h.Run(test)
			if r.Status != c.status || !slices.Equal(r.Endless, c.found) || !strings.Contains(r.Output, c.output) {
				t.Errorf("%s, endless %q, want %s, %q, and output with %q:\n%s", r.Status, r.Endless, c.status, c.found, c.output, r.Output)
			}
			if strings.Contains(r.Output, "time limit of 1m") {
				t.Errorf("the test met its time limit:\n%s", r.Output)
			}
		})
	}
}
