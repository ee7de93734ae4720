package lessontest_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// spinner is a lesson of programs that compute for ever (spin.go, and
// server.go once a client has come), a client that waits for the server's
// line, and programs that sleep, a while (sleep.go) or for longer than a
// test (nap.go).
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
-- nap.go --
//go:build ignore

package main

import "time"

func main() {
	time.Sleep(time.Minute)
}
-- server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	ln.Accept()
	for n := 0; n >= 0; n++ {
		n %= 1000
	}
}
-- client.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	fmt.Println(conn.RecvLine())
}
-- tests/spin.txtar --
exec socklab run spin.go
-- tests/spin-beside.txtar --
exec socklab run nap.go &nap&
exec socklab run spin.go
-- tests/server.txtar --
exec socklab run server.go &server&
listening 127.0.0.1:12345
exec socklab run client.go
-- tests/sleep.txtar --
exec socklab run sleep.go
stdout '^done$'
`

// TestEndless checks that a program that computes without pause for half
// the time limit while the test's other programs wait on it (or with no
// other program) is stopped and named, that one computing beside a program
// that does not wait to receive is named when the test's time runs out,
// that a program so named is stopped in a later test as soon as it
// computes for a second without pause, and that one which only waits is
// not.
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
		spin    time.Duration // Options.Spin
		status  lessontest.Status
		found   []string // Result.Endless
		output  string
	}{
		{"loops alone", "spin", nil, time.Minute, 500 * time.Millisecond, lessontest.Failed, []string{"spin.go"},
			"socklab: spin.go computed for 500ms without pause while every other program of the test waited on it, and was stopped"},
		{"loops while the client waits", "server", nil, time.Minute, 500 * time.Millisecond, lessontest.Failed, []string{"server.go"},
			"socklab: server.go computed for 500ms without pause while every other program of the test waited on it, and was stopped"},
		{"loops beside a program that sleeps", "spin-beside", nil, 3 * time.Second, 500 * time.Millisecond, lessontest.Failed, []string{"spin.go"},
			"socklab: spin.go was computing, without pause, when the time ran out"},
		{"loops again", "spin", []string{"spin.go"}, time.Minute, 0, lessontest.Failed, nil,
			"socklab: spin.go computed for 1s without pause, as it did in an earlier test, and was stopped"},
		{"waits", "sleep", []string{"sleep.go"}, time.Minute, 500 * time.Millisecond, lessontest.Passed, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h, err := lessontest.New(lessontest.Options{Timeout: c.timeout, Spin: c.spin})
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
			if strings.Contains(r.Output, "time limit of 1m") || c.test != "spin-beside" && strings.Contains(r.Output, "stopped at its time limit") {
				t.Errorf("the test met its time limit:\n%s", r.Output)
			}
		})
	}
}
