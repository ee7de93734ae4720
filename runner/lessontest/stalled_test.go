package lessontest_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/lessontest"
)

// TestStallFailsAtOnce checks that a test whose programs wait on each
// other (the lessons' first bug: a message sent without its newline) fails
// with a message that says who waits, at which line and for what, not at
// its time limit, and that a server waiting for its next client is not
// taken for a stalled one.
func TestStallFailsAtOnce(t *testing.T) {
	tests := []struct {
		name   string
		server string
		client string // the greeter's when empty
		test   string // the test's script, when not the one below
		status lessontest.Status
		output []string
	}{{
		name: "both wait",
		server: `//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendString("Hello from server") // no newline
	conn.RecvLine()
}
`,
		status: lessontest.Failed,
		output: []string{
			"socklab: the test stalled and was stopped: every program waits to receive",
			"  client.go waits at client.go:14 for a newline from port 12345; \"Hello from server\" has arrived so far: did the sender forget the \\n?\n",
			"  server.go waits at server.go:11 for a newline from port ",
		},
	}, {
		name: "a server waiting for its next client",
		server: `//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	ln.ServeConcurrently(func(conn *sock.Conn) {
		conn.SendLine("Hello from server")
		conn.RecvLine() // the client has gone: the end of the stream
	})
}
`,
		status: lessontest.Passed,
	}, {
		// The starters' first state: a server that closes at once, and a
		// client that receives again and again at the end of the stream
		// (as the seeds' Python clients do) fails now, not at the limit.
		name: "a client spinning after the server closed",
		server: `//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.Close()
}
`,
		client: `//go:build ignore

package main

import (
	"fmt"
	"net"
)

func main() {
	conn, err := net.Dial("tcp", "127.0.0.1:12345")
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 100)
	for {
		if n, _ := conn.Read(buf); n > 0 {
			fmt.Print(string(buf[:n]))
			return
		}
	}
}
`,
		status: lessontest.Failed,
		output: []string{
			"socklab: the test stalled and was stopped",
			"  client.go receives again and again from port 12345 after the end of the stream: nothing more can come, the other side closed the connection (does it check ok, or io.EOF?)\n",
		},
	}, {
		// A program that received at the end of the stream and went on
		// to something else (here a pause) is not stuck.
		name: "a client that stops receiving after the end",
		server: `//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Hello from server")
	conn.Close()
}
`,
		test: `exec socklab run server.go &server&
listening 127.0.0.1:12345
exec socklab run client.go
stdout '^Hello from server$'
wait server
`,
		client: `//go:build ignore

package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	conn, err := net.Dial("tcp", "127.0.0.1:12345")
	if err != nil {
		panic(err)
	}
	var got []byte
	buf := make([]byte, 100)
	for range 5 {
		n, _ := conn.Read(buf)
		got = append(got, buf[:n]...)
	}
	time.Sleep(1500 * time.Millisecond)
	fmt.Print(string(got))
}
`,
		status: lessontest.Passed,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "lesson")
			client := ""
			if tt.client != "" {
				client = "-- client.go --\n" + tt.client
			}
			test := tt.test
			if test == "" {
				test = `! exec socklab run server.go &server&
listening 127.0.0.1:12345
exec socklab run client.go
stdout '^Hello from server$'
exec sleep 1
kill -INT server
wait server
`
			}
			writeTree(t, dir, greeter+"-- server.go --\n"+tt.server+client+"-- tests/greet.txtar --\n"+test)
			lessons, err := lessontest.Find(dir)
			if err != nil {
				t.Fatal(err)
			}
			h, err := lessontest.New(lessontest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			r := h.Run(lessontest.Tests(lessons)[0])
			if r.Status != tt.status {
				t.Errorf("status %s, want %s\n%s", r.Status, tt.status, r.Output)
			}
			for _, want := range tt.output {
				if !strings.Contains(r.Output, want) {
					t.Errorf("output does not hold %q:\n%s", want, r.Output)
				}
			}
		})
	}
}
