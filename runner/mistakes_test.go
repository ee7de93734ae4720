package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCommandLineMistakes types the mistakes a user makes on socklab's
// command line and checks that each gets a sentence saying what to do,
// exit status 2, and no Go wording (strconv, stack traces).
func TestCommandLineMistakes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"hello.go":          "package main\n\nfunc main() {}\n",
		"guess.py":          "print('hi')\n",
		"notes.txt":         "notes\n",
		"lesson/server.go":  "package main\n\nfunc main() {}\n",
		"lesson/client.go":  "package main\n\nfunc main() {}\n",
		"nolesson/game.go":  "package main\n\nfunc main() {}\n",
		"empty/README.md":   "nothing here\n",
		"lesson/tests/x.md": "not a test\n",
		"parts/main.go":     "package main\n\nfunc main() { _ = NewStack() }\n",
		"parts/stack.go":    "package main\n\nfunc NewStack() int { return 0 }\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)

	tests := []struct {
		cmd  string // what the user types after socklab
		want string // a regular expression stderr must match
	}{
		{"", `Usage:`},
		{"hello.go", `unknown command "hello.go"\nTo run the script, type: socklab run hello.go`},
		{"lesson", `To run the lesson in that folder, type: socklab run lesson`},
		{"guess.py", `guess.py is a Python program: run it with python3 guess.py`},
		{"rnu hello.go", `unknown command "rnu"\nDid you mean socklab run\?`},
		{"Run hello.go", `Did you mean socklab run\?`},
		{"tset lesson", `Did you mean socklab test\?`},
		{"frobnicate", `unknown command "frobnicate"\nRun 'socklab help'`},
		{"--allow-net hello.go", `--allow-net comes after a command, as in socklab run --allow-net FILE.go`},
		{"run", `no script given`},
		{"run guess.py", `^socklab run: guess.py is a Python program: run it with python3 guess.py`},
		{"watch guess.py", `^socklab watch: guess.py is a Python program`},
		{"run notes.txt", `notes.txt is a .txt file, not Go`},
		{"run nosuch.go", `^socklab run: nosuch.go: no such file \(there is hello.go\)`},
		{"run hello", `hello: no such file \(did you mean hello.go\?\)`},
		{"run gone/x.go", `gone/x.go: no such file \(there is no folder gone\)`},
		{"watch nosuch.go", `^socklab watch: nosuch.go: no such file`},
		{"run empty", `empty holds no .go files: give the folder of a lesson`},
		{"watch empty", `empty holds no .go files`},
		{"run nolesson", `no server found among game.go`},
		{"run lesson/server.go lesson/client.go", `run runs one program at a time: give the lesson's folder to run its server and client together \(socklab run lesson\)`},
		{"run parts", `^socklab run: parts: main.go and stack.go make one program \(only main.go declares func main\), but socklab runs a program of one file, as ` + "`go run main.go`" + ` builds it: move what main.go uses from stack.go into main.go, or make stack.go a package in a folder of its own \(see the README, Packages of a lesson's own\); then socklab run parts/main.go`},
		{"run parts/main.go parts/stack.go", `^socklab run: main.go and stack.go make one program \(only main.go declares func main\)`},
		{"run lesson -- x", `arguments go to one script`},
		{"run hello.go --rounds 3", `unknown flag: --rounds\nA flag for the script goes after --, as in socklab run game.go -- --rounds 3`},
		{"run --allow-network hello.go", `unknown flag: --allow-network \(did you mean --allow-net\?\)`},
		{"run -allow-net hello.go", `flags with long names take two dashes: --allow-net`},
		{"run --seed x hello.go", `--seed x: give a whole number, such as --seed 4`},
		{"test --jobs abc lesson", `--jobs abc: give a whole number, such as --jobs 4\nusage: socklab test`},
		{"test -j abc lesson", `--jobs abc: give a whole number`},
		{"test -j", `--jobs needs a value: give a whole number`},
		{"test --timeout 5 lesson", `--timeout 5: give a duration, such as --timeout 30s`},
		{"test --junit", `--junit needs a value: give FILE, as in --junit FILE`},
		{"test -j 0 lesson", `-j must be at least 1`},
		{"test nosuch", `^socklab test: nosuch: no such folder`},
		{"test hello.go", `hello.go is a file: give the lesson's folder, \.`},
		{"test notes.txt", `notes.txt is not a folder`},
		{"test --submission hello.go lesson", `--submission hello.go is a file: give the folder that holds the student's files`},
		{"test --submission nosuch lesson", `--submission nosuch: no such folder`},
		{"help nosuch", `unknown command "nosuch"`},
		{"version extra", `version takes no arguments`},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := mainWith(strings.Fields(tt.cmd), &stdout, &stderr)
			if code != 2 {
				t.Errorf("socklab %s: exit status %d, want 2\nstderr: %s", tt.cmd, code, stderr.String())
			}
			if !regexp.MustCompile(`(?m)` + tt.want).MatchString(stderr.String()) {
				t.Errorf("socklab %s: stderr\n%s\ndoes not match %q", tt.cmd, stderr.String(), tt.want)
			}
			if regexp.MustCompile(`strconv|goroutine|\.go:\d+ \+0x|internal error`).MatchString(stderr.String()) {
				t.Errorf("socklab %s: stderr speaks Go's internals:\n%s", tt.cmd, stderr.String())
			}
		})
	}
}
