package lessontest_test

import (
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// dialer is a lesson whose program connects to the address it is given
// and says whether it got through.
const dialer = `
-- dial.go --
//go:build ignore

package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	c, err := net.Dial("tcp", os.Args[1])
	if err != nil {
		fmt.Println("refused")
		return
	}
	c.Close()
	fmt.Println("reached")
}
`

// TestNamespace runs a test whose program tries to reach a server of this
// process, on the machine's loopback, in each way the harness can keep
// tests apart: in a network namespace of its own (as root, and through a
// user namespace as any other user), it cannot; with a loopback address
// of its own, it can, and the harness says so in its note. The test's
// programs cannot write to the report of its process either.
func TestNamespace(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	paths := []struct {
		name  string
		env   string // EnvNamespace
		opts  lessontest.Options
		apart bool   // whether the test runs in a namespace of its own
		note  string // what the harness's note says
	}{
		{"namespace", "", lessontest.Options{}, true, ""},
		{"user namespace", "user", lessontest.Options{}, true, ""},
		{"loopback address", "", lessontest.Options{NoNamespace: true}, false, ""},
		{"namespaces off", "off", lessontest.Options{}, false, "each test gets a loopback address of its own, not a network namespace (SOCKLAB_TEST_NETNS=off)"},
	}
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			t.Setenv(lessontest.EnvNamespace, p.env)
			want := "reached"
			if p.apart {
				want = "refused"
			}
			dir := filepath.Join(t.TempDir(), "lesson")
			writeTree(t, dir, dialer+fmt.Sprintf(`
-- tests/reach.txtar --
exec socklab run dial.go -- %s
stdout '^%s$'
[exec:sh] ! exec sh -c 'echo forged >&3'
`, ln.Addr(), want))
			lessons, err := lessontest.Find(dir)
			if err != nil {
				t.Fatal(err)
			}
			o := p.opts
			o.Timeout = 20 * time.Second
			h, err := lessontest.New(o)
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			if p.apart && h.Note() != "" {
				t.Skipf("no network namespace here: %s", h.Note())
			}
			if !strings.HasPrefix(h.Note(), p.note) || (p.note == "") != (h.Note() == "") {
				t.Errorf("the harness's note is %q, want one that starts %q", h.Note(), p.note)
			}
			for _, r := range h.RunAll(lessontest.Tests(lessons), 1, nil) {
				if r.Status != lessontest.Passed {
					t.Errorf("%s: %s\n%s", r.Test.FullName(), r.Status, r.Output)
				}
			}
		})
	}
}
