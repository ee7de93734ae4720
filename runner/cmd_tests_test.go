package runner_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// testLessons is a folder of one lesson with a passing, a failing and a
// skipped test.
const testLessons = `
-- lessons/01-echo/echo.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
)

func main() {
	fmt.Println("you said:", console.Input(""))
}
-- lessons/01-echo/in.txt --
hi
-- lessons/01-echo/tests/pass.txtar --
stdin in.txt
exec socklab run echo.go
stdout '^you said: hi$'
-- lessons/01-echo/tests/fail.txtar --
stdin in.txt
exec socklab run echo.go
stdout '^you said: bye$'
-- lessons/01-echo/tests/skip.txtar --
skip 'not today'
-- empty/README --
no lessons here
-- hand-in/good/echo.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
)

func main() {
	fmt.Println("you said:", console.Input(""))
}
-- hand-in/wrong/echo.go --
//go:build ignore

package main

import "fmt"

func main() { fmt.Println("you said: bye") }
-- hand-in/wrong/tests/pass.txtar --
exec true
-- hand-in/empty/.keep --
-- hand-in/misnamed/Echo.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
)

func main() {
	fmt.Println("you said:", console.Input(""))
}
-- hand-in/cheat/echo.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
)

func main() {
	fmt.Println("you said:", console.Input(""))
}
-- hand-in/cheat/in.txt --
bye
`

// TestTestCommand runs "socklab test" as a user would and checks its exit
// status, its closing line and its errors.
func TestTestCommand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(testLessons)).Files {
		path := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name      string
		args      []string
		code      int
		lastLine  string   // of stdout
		stdout    []string // substrings
		stderr    string   // substring
		notStdout string
	}{{
		name:     "all",
		args:     []string{"lessons"},
		code:     1,
		lastLine: "1 passed, 1 failed, 1 skipped",
		stdout: []string{
			"ok    01-echo/pass (",
			"FAIL  01-echo/fail (",
			"    > exec socklab run echo.go\n    [stdout]\n    you said: hi\n",
			"no match for `^you said: bye$` found in stdout",
			"skip  01-echo/skip (not today)",
		},
	}, {
		name:      "passing only",
		args:      []string{"--run", "pass", "lessons"},
		lastLine:  "1 passed, 0 failed",
		notStdout: "FAIL",
	}, {
		name:     "lesson folder, one at a time",
		args:     []string{"-j", "1", "--run", "pass|skip", "lessons/01-echo"},
		lastLine: "1 passed, 0 failed, 1 skipped",
	}, {
		name:     "verbose",
		args:     []string{"-v", "--run", "pass", "lessons"},
		lastLine: "1 passed, 0 failed",
		stdout:   []string{"    > stdout '^you said: hi$'\n    PASS\n"},
	}, {
		name:     "a good submission",
		args:     []string{"--submission", "hand-in/good", "--run", "pass", "lessons/01-echo"},
		lastLine: "1 passed, 0 failed",
	}, {
		// The wrong program fails the lesson's test; the student's own
		// tests/pass.txtar, which would pass, is not used.
		name:     "a wrong submission",
		args:     []string{"--submission", "hand-in/wrong", "--run", "pass", "lessons/01-echo"},
		code:     1,
		lastLine: "0 passed, 1 failed",
		stdout:   []string{"no match for `^you said: hi$` found in stdout"},
	}, {
		name:     "an empty submission",
		args:     []string{"--submission", "hand-in/empty", "--run", "pass", "lessons/01-echo"},
		code:     1,
		lastLine: "0 passed, 1 failed",
		stdout:   []string{"FAIL  01-echo/pass", "    no echo.go in the submission\n"},
		stderr:   "ignored in the submission (not files a student hands in for 01-echo): .keep",
	}, {
		name:     "a misnamed file",
		args:     []string{"--submission", "hand-in/misnamed", "--run", "pass", "lessons/01-echo"},
		code:     1,
		lastLine: "0 passed, 1 failed",
		stdout:   []string{"no echo.go in the submission (it has Echo.go: the file must be named echo.go)"},
	}, {
		// The lesson's own in.txt is typed, not the one handed in, so the
		// right program fails the failing test as it should.
		name:     "a submission's own test data is not used",
		args:     []string{"--submission", "hand-in/cheat", "lessons/01-echo"},
		code:     1,
		lastLine: "1 passed, 1 failed, 1 skipped",
		stdout:   []string{"ok    01-echo/pass"},
		stderr:   "ignored in the submission (not files a student hands in for 01-echo): in.txt",
	}, {
		name:   "submission with many lessons",
		args:   []string{"--submission", "hand-in/good", "."},
		code:   2,
		stderr: "--submission goes with one lesson",
	}, {
		name:   "no tests",
		args:   []string{"empty"},
		code:   1,
		stderr: "no tests found in empty",
	}, {
		name:   "no such folder",
		args:   []string{"nowhere"},
		code:   2,
		stderr: "nowhere: no such folder",
	}, {
		name:   "no test matches",
		args:   []string{"--run", "nothing", "lessons"},
		code:   1,
		stderr: `no test matches --run "nothing"`,
	}, {
		name:   "bad jobs",
		args:   []string{"-j", "0", "lessons"},
		code:   2,
		stderr: "-j must be at least 1",
	}, {
		name:   "bad regexp",
		args:   []string{"--run", "(", "lessons"},
		code:   2,
		stderr: "--run: error parsing regexp",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runSocklab(t, dir, append([]string{"test"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if tt.lastLine != "" && lines[len(lines)-1] != tt.lastLine {
				t.Errorf("closing line %q, want %q\nstdout:\n%s", lines[len(lines)-1], tt.lastLine, stdout)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout does not hold %q:\n%s", s, stdout)
				}
			}
			if tt.notStdout != "" && strings.Contains(stdout, tt.notStdout) {
				t.Errorf("stdout holds %q:\n%s", tt.notStdout, stdout)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr does not hold %q:\n%s", tt.stderr, stderr)
			}
		})
	}

	t.Run("json and junit", func(t *testing.T) {
		t.Parallel()
		report := filepath.Join(t.TempDir(), "report.xml")
		stdout, stderr, code := runSocklab(t, dir, "test", "--json", "--junit", report, "lessons")
		if code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		status := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var r struct{ Lesson, Test, Status, Output string }
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("stdout line is not JSON: %v\n%s", err, line)
			}
			status[r.Lesson+"/"+r.Test] = r.Status
			if (r.Status == "failed") != (r.Output != "") {
				t.Errorf("%s/%s: status %s with output %q", r.Lesson, r.Test, r.Status, r.Output)
			}
		}
		want := map[string]string{"01-echo/pass": "passed", "01-echo/fail": "failed", "01-echo/skip": "skipped"}
		if len(status) != len(want) {
			t.Errorf("statuses %v, want %v", status, want)
		}
		for k, v := range want {
			if status[k] != v {
				t.Errorf("%s: %q, want %q", k, status[k], v)
			}
		}
		if strings.TrimSpace(stderr) != "1 passed, 1 failed, 1 skipped" {
			t.Errorf("stderr %q, want the closing line", stderr)
		}
		xml, err := os.ReadFile(report)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(xml, []byte(`<testsuite name="01-echo" tests="3" failures="1" skipped="1"`)) {
			t.Errorf("JUnit report:\n%s", xml)
		}
	})
}

// runSocklab runs this test binary as the socklab command in dir.
func runSocklab(t testing.TB, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Args[0] = "socklab" // TestMain runs socklab when called so
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}
