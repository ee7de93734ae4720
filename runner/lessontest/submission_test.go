package lessontest_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/lessontest"
)

// silentServer accepts a client and sends nothing.
const silentServer = `//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.Close()
}
`

// fakeClient prints what the lesson's client would print, without asking.
const fakeClient = `//go:build ignore

package main

import "fmt"

func main() { fmt.Println("Hello from server") }
`

// TestSubmissionTakesOnlyHandIn checks that a submission supplies only the
// files a student hands in: a student's client.go, which would make a
// silent server pass, is ignored, and the lesson's own client runs.
func TestSubmissionTakesOnlyHandIn(t *testing.T) {
	tests := []struct {
		name   string
		files  string // the submission
		status lessontest.Status
		output string
	}{{
		name:   "right",
		files:  "-- server.go --\n" + strings.Split(greeter, "-- client.go --")[0][len("\n-- server.go --\n"):],
		status: lessontest.Passed,
	}, {
		name:   "own client ignored",
		files:  "-- server.go --\n" + silentServer + "-- client.go --\n" + fakeClient,
		status: lessontest.Failed,
		output: "no match for `^Hello from server$`",
	}, {
		name:   "empty",
		files:  "-- notes.txt --\nnothing\n",
		status: lessontest.Failed,
		output: "no server.go in the submission\n",
	}, {
		name:   "misnamed",
		files:  "-- Server.go --\n" + silentServer,
		status: lessontest.Failed,
		output: "no server.go in the submission (it has Server.go: the file must be named server.go)",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			dir := filepath.Join(root, "lesson")
			writeTree(t, dir, greeter+greeterTest+"-- starter/server.go --\npackage main\n")
			sub := filepath.Join(root, "alice")
			writeTree(t, sub, tt.files)
			lessons, err := lessontest.Find(dir)
			if err != nil {
				t.Fatal(err)
			}
			h, err := lessontest.New(lessontest.Options{Submission: sub})
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			r := h.Run(lessontest.Tests(lessons)[0])
			if r.Status != tt.status || !strings.Contains(r.Output, tt.output) {
				t.Errorf("status %s, want %s; output (want %q):\n%s", r.Status, tt.status, tt.output, r.Output)
			}
		})
	}
}

// tamperingServer rewrites the lesson's client, in its own folder and in
// the folders it guesses the others use, then sends the wrong greeting.
const tamperingServer = `//go:build ignore

package main

import (
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

const fake = "//go:build ignore\n\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"Hello from server\") }\n"

func main() {
	for _, p := range []string{"client.go", "../client/client.go", "../../client.go", os.Getenv("WORK") + "/client.go"} {
		os.WriteFile(p, []byte(fake), 0o644)
	}
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Goodbye")
	conn.Close()
}
`

// TestTamperingDoesNotPass checks that a program cannot change the files
// another program of its test runs from: a server that rewrites the
// lesson's client before serving wrong bytes still fails, and the lesson
// folder is left as it was.
func TestTamperingDoesNotPass(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "lesson")
	writeTree(t, dir, greeter+greeterTest+"-- starter/server.go --\npackage main\n")
	before, err := os.ReadFile(filepath.Join(dir, "client.go"))
	if err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(root, "mallory")
	writeTree(t, sub, "-- server.go --\n"+tamperingServer)
	lessons, err := lessontest.Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := lessontest.New(lessontest.Options{Submission: sub})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	r := h.Run(lessontest.Tests(lessons)[0])
	if r.Status != lessontest.Failed || !strings.Contains(r.Output, "[stdout]\nGoodbye\n") {
		t.Errorf("status %s, want failed with the server's own greeting; output:\n%s", r.Status, r.Output)
	}
	after, err := os.ReadFile(filepath.Join(dir, "client.go"))
	if err != nil || string(after) != string(before) {
		t.Errorf("the lesson's client.go changed (%v)", err)
	}
}

// TestSeedPythonConfined checks that a seed's Python program runs in a
// folder of its own and cannot write the test's files, where the kernel
// can hold it.
func TestSeedPythonConfined(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not installed")
	}
	if confine.Probe().Landlock == 0 {
		t.Skip("no Landlock here: the kernel cannot hold the Python program")
	}
	dir := filepath.Join(t.TempDir(), "lesson")
	writeTree(t, dir, greeter+`
-- seed/evil.py --
import os
for path in ["../../client.go", os.path.join(os.environ["WORK"], "client.go"), "/tmp/socklab-evil-" + str(os.getpid())]:
    try:
        open(path, "w").write("changed")
        print("wrote", path)
    except OSError:
        print("held")
open("mine.txt", "w").write("mine")
print("wrote its own")
-- tests/evil.txtar --
exec python3 $SEEDPY seed/evil.py
stdout -count=3 '^held$'
stdout '^wrote its own$'
exists .run/seed-evil/seed/mine.txt
cmp client.go $WORK/client.go
`)
	lessons, err := lessontest.Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := lessontest.New(lessontest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if r := h.Run(lessontest.Tests(lessons)[0]); r.Status != lessontest.Passed {
		t.Errorf("status %s:\n%s", r.Status, r.Output)
	}
}
