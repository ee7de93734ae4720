package lessontest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
)

// runLesson writes a lesson from archive into a temporary folder and runs
// its tests with o.
func runLesson(t *testing.T, archive string, o lessontest.Options) []lessontest.Result {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "lesson")
	writeTree(t, dir, archive)
	lessons, err := lessontest.Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := lessontest.New(o)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	tests := lessontest.Tests(lessons)
	return h.RunAll(tests, len(tests), nil)
}

func TestOutcomes(t *testing.T) {
	tests := []struct {
		name    string
		archive string
		opts    lessontest.Options
		status  lessontest.Status
		output  []string // patterns the transcript must match
		reason  string
	}{{
		name:    "passing",
		archive: greeter + greeterTest,
		status:  lessontest.Passed,
	}, {
		name: "wrong output",
		archive: greeter + `
-- tests/greet.txtar --
exec socklab run server.go &server&
listening 127.0.0.1:12345
exec socklab run client.go
stdout '^Goodbye$'
`,
		status: lessontest.Failed,
		output: []string{
			`> exec socklab run client\.go`,
			`\[stdout\]\nHello from server\n`,
			`FAIL: .*greet\.txtar:4: no match for ` + "`\\^Goodbye\\$`",
		},
	}, {
		name: "a failure shows each program's input",
		archive: greeter + `
-- typed.txt --
what the user typed
-- tests/greet.txtar --
stdin typed.txt
exec socklab run client.go
`,
		status: lessontest.Failed,
		output: []string{`> stdin typed\.txt\n\[input\]\nwhat the user typed\n> exec socklab run client\.go`},
	}, {
		name: "program fails",
		archive: greeter + `
-- tests/greet.txtar --
exec socklab run client.go
`,
		status: lessontest.Failed,
		output: []string{`client\.go:\d+:\d+: connect to 127\.0\.0\.1:12345`, `unexpected command failure`},
	}, {
		name: "listening in vain",
		archive: greeter + `
-- twoports.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	sock.Listen("127.0.0.1:12345")
	sock.Listen("127.0.0.1:12346").Accept()
}
-- tests/greet.txtar --
exec socklab run twoports.go &server&
# Once it listens on 12346, it listens on 12345 too, however slowly it started.
listening 127.0.0.1:12346
listening 127.0.0.1:12399 0.5
`,
		status: lessontest.Failed,
		output: []string{`no program listens on 127\.0\.0\.1:12399 after 0\.\ds; programs of this test listen on 127\.0\.0\.1:12345`},
	}, {
		name: "listening after the server failed",
		archive: greeter + `
-- bad.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	sock.Listen("192.0.2.1:12345")
}
-- tests/greet.txtar --
exec socklab run bad.go &server&
listening 127.0.0.1:12345
`,
		status: lessontest.Failed,
		output: []string{
			`no program listens on 127\.0\.0\.1:12345: every program this test started in the background has ended`,
			`bad\.go:\d+:\d+: .*192\.0\.2\.1 is not a loopback address`,
		},
	}, {
		name: "listening to no address",
		archive: greeter + `
-- tests/greet.txtar --
listening 12345
`,
		status: lessontest.Failed,
		output: []string{`listening: "12345" is not an address`},
	}, {
		name: "skipped",
		archive: greeter + `
-- tests/greet.txtar --
skip 'not today'
exec socklab run client.go
`,
		status: lessontest.Skipped,
		reason: "not today",
	}, {
		name:    "verbose passing",
		archive: greeter + greeterTest,
		opts:    lessontest.Options{Verbose: true},
		status:  lessontest.Passed,
		output:  []string{`> wait server\n\[stdout\]\nConnected to: 127\.0\.0\.1:\d+\n`, `PASS`},
	}, {
		name: "own copy of the lesson",
		archive: greeter + `
-- data.txt --
from the lesson
-- starter/other.txt --
a starter file
-- tests/files.txtar --
exists server.go client.go
grep 'from the test' data.txt
! exists tests
! exists starter
! exists other.txt
-- data.txt --
from the test
`,
		status: lessontest.Passed,
	}, {
		name: "starter",
		archive: greeter + greeterTest + `
-- starter/client.go --
//go:build ignore

package main

import "fmt"

func main() {
	fmt.Println("TODO: connect to the server")
}
`,
		opts:   lessontest.Options{Starter: true},
		status: lessontest.Failed,
		output: []string{`TODO: connect to the server`},
	}, {
		name:    "no starter",
		archive: greeter + greeterTest,
		opts:    lessontest.Options{Starter: true},
		status:  lessontest.Skipped,
		reason:  "the lesson has no starter/ folder",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			results := runLesson(t, tt.archive, tt.opts)
			if len(results) != 1 {
				t.Fatalf("got %d results, want 1", len(results))
			}
			r := results[0]
			if r.Status != tt.status {
				t.Fatalf("status %s, want %s; transcript:\n%s", r.Status, tt.status, r.Output)
			}
			for _, p := range tt.output {
				if !regexp.MustCompile(p).MatchString(r.Output) {
					t.Errorf("transcript does not match %q:\n%s", p, r.Output)
				}
			}
			if r.Reason != tt.reason {
				t.Errorf("reason %q, want %q", r.Reason, tt.reason)
			}
		})
	}
}

// hung is a lesson whose server prints its process id and then waits for a
// client that never comes.
const hung = `
-- server.go --
//go:build ignore

package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	fmt.Println("pid", os.Getpid())
	ln.Accept()
}
-- tests/background.txtar --
exec socklab run server.go &server&
listening 127.0.0.1:12345
wait server
-- tests/foreground.txtar --
exec socklab run server.go
`

// TestTimeout checks that a test whose program never ends fails at its
// time limit and that the program is stopped.
func TestTimeout(t *testing.T) {
	const limit = 2 * time.Second
	results := runLesson(t, hung, lessontest.Options{Timeout: limit, Verbose: true})
	if len(results) != 2 {
		t.Fatalf("got %d results, want 2", len(results))
	}
	pidLine := regexp.MustCompile(`(?m)^pid (\d+)$`)
	for _, r := range results {
		t.Run(r.Test.Name, func(t *testing.T) {
			if r.Status != lessontest.Failed {
				t.Fatalf("status %s, want failed; transcript:\n%s", r.Status, r.Output)
			}
			want := fmt.Sprintf("the test was stopped at its time limit of %v", limit)
			if !strings.Contains(r.Output, want) {
				t.Errorf("transcript does not say %q:\n%s", want, r.Output)
			}
			if strings.Contains(r.Output, "goroutine ") {
				t.Errorf("transcript holds a goroutine dump:\n%s", r.Output)
			}
			m := pidLine.FindStringSubmatch(r.Output)
			if m == nil {
				t.Fatalf("the server did not print its pid:\n%s", r.Output)
			}
			pid, _ := strconv.Atoi(m[1])
			if !ended(pid) {
				t.Errorf("the server (pid %d) still runs after its test ended", pid)
			}
		})
	}
}

// ended reports whether process pid has ended, allowing the system a
// moment to reap a process killed as its parent died.
func ended(pid int) bool {
	for range 200 {
		if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
			return true
		}
		if state, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil && strings.Contains(string(state), ") Z ") {
			return true // a zombie: ended, waiting for its parent to read its status
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

// isolations are the ways the harness keeps tests' addresses apart: the
// one it chooses for this machine, and port mapping forced, with a check
// that a test's script runs under it.
var isolations = []struct {
	name  string
	opts  lessontest.Options
	check string // testscript lines that pass only under this isolation
}{
	{"chosen", lessontest.Options{}, ""},
	{"port mapping", lessontest.Options{PortMap: true}, "exists $WORK/.ports/port-127.0.0.1_12345\n"},
}

// TestAddressMap runs two copies of a lesson whose server listens on
// 127.0.0.1:12345 at the same time: both servers listen before either
// test goes on, which only works when each test has an address, or a port,
// of its own.
func TestAddressMap(t *testing.T) {
	for _, iso := range isolations {
		t.Run(iso.name, func(t *testing.T) {
			root := t.TempDir()
			meeting := filepath.Join(root, "meeting")
			if err := os.Mkdir(meeting, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"a", "b"} {
				writeTree(t, filepath.Join(root, name), greeter+fmt.Sprintf(`
-- tests/together.txtar --
[!exec:sh] skip 'no sh'
exec socklab run server.go &server&
listening 127.0.0.1:12345
%[3]s# Wait until the other copy's server listens too.
exec sh -c 'touch %[1]s/%[2]s; until [ -e %[1]s/a ] && [ -e %[1]s/b ]; do sleep 0.01; done'
exec socklab run client.go
stdout '^Hello from server$'
wait server
`, meeting, name, iso.check))
			}
			lessons, err := lessontest.Find(root)
			if err != nil {
				t.Fatal(err)
			}
			o := iso.opts
			o.Timeout = 20 * time.Second
			h, err := lessontest.New(o)
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			tests := lessontest.Tests(lessons)
			if len(tests) != 2 {
				t.Fatalf("found %d tests, want 2", len(tests))
			}
			for _, r := range h.RunAll(tests, 2, nil) {
				if r.Status != lessontest.Passed {
					t.Errorf("%s: %s\n%s", r.Test.FullName(), r.Status, r.Output)
				}
			}
		})
	}
}

// TestSeedRunner runs a Python server through $SEEDPY: it binds
// localhost:12345, which the test maps and announces as 127.0.0.1:12345,
// and sees its client as 127.0.0.1 and itself as 127.0.0.1:12345. A
// Python client is refused while no server runs, and sees its server as
// 127.0.0.1:12345.
func TestSeedRunner(t *testing.T) {
	for _, iso := range isolations {
		t.Run(iso.name, func(t *testing.T) { testSeedRunner(t, iso.opts, iso.check) })
	}
}

func testSeedRunner(t *testing.T, o lessontest.Options, check string) {
	results := runLesson(t, greeter+`
-- seed/server.py --
from socket import *
s = socket()
s.bind(('localhost', 12345))
s.listen()
c, addr = s.accept()
print('Connected to:', addr[0])
print('Listening on: %s:%d' % s.getsockname())
c.sendall(b'Hello from server\n')
c.close()
s.close()
-- seed/client.py --
from socket import *
s = socket()
s.connect((input('host: '), 12345))
print(s.recv(1024).decode(), end='')
print('Peer: %s:%d' % s.getpeername())
input('more: ')
print('not reached')
-- tests/wire.txtar --
[!exec:python3] skip 'python3 is not installed'
stdin host.txt
! exec python3 $SEEDPY seed/client.py
stderr '^ConnectionRefusedError: \[Errno \d+\] Connection refused$'

exec python3 $SEEDPY seed/server.py &py&
listening 127.0.0.1:12345
`+check+`exec socklab run client.go
stdout '^Hello from server$'
wait py
stdout '^Connected to: 127\.0\.0\.1$'
stdout '^Listening on: 127\.0\.0\.1:12345$'

# The Python client at the end of its input ends quietly.
exec socklab run server.go &server&
listening 127.0.0.1:12345
stdin host.txt
exec python3 $SEEDPY seed/client.py
stdout '^host: Hello from server$'
stdout '^Peer: 127\.0\.0\.1:12345$'
! stdout 'not reached'
! stderr .
wait server
-- host.txt --
localhost
`, o)
	if r := results[0]; r.Status == lessontest.Skipped {
		t.Skip(r.Reason)
	} else if r.Status != lessontest.Passed {
		t.Fatalf("%s\n%s", r.Status, r.Output)
	}
}
