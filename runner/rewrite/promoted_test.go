package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("promoted", "embedded-library-methods"),
		fromCorpus("promoted_interfaces", "struct-embedded-interface"),
		program{"promoted_error_and_writer", `package main

import (
	"errors"
	"fmt"
	"strings"
)

// coded embeds the error interface beside a code.
type coded struct {
	error
	code int
}

// W writes and says what it holds, with methods of its own.
type W struct{ b strings.Builder }

func (w *W) Write(p []byte) (int, error) { return w.b.Write(p) }
func (w *W) String() string              { return w.b.String() }

func main() {
	var err error = coded{errors.New("bad request"), 400}
	fmt.Println(err, errors.Unwrap(err) == nil)
	w := &W{}
	fmt.Fprintf(w, "%d-%s", 1, "a")
	fmt.Fprintln(w, "!")
	fmt.Print(w.String())
}
`},
	)
}

// TestPromotedMethodEdits checks the methods written out for a struct
// type that embeds a library type.
func TestPromotedMethodEdits(t *testing.T) {
	src := `package main

import (
	"net"
	"strings"
)

type conn struct {
	net.Conn
	n int
}

type buf struct {
	strings.Builder
	name string
}

type own struct{ n int }

func (own) Close() error { return nil }

type Logger interface{ Log(string) }

type sayer interface{ say(string) }

type service struct {
	Logger
	sayer
}

type nested struct{ service }

type both struct {
	own
	*strings.Reader
}

func main() {
	var b buf
	_ = b.Len() + len(b.name)
	var s service
	s.Log("x")
}
`
	got := string(lift(t, "main.go", src))
	for _, want := range []string{
		") Read(_a", "[]byte) (int, error) { return _r", ".Conn.Read(_a",
		") SetDeadline(_a", " _sl", ".Time) error { return _r", // time, which the file does not import
		"*buf) WriteString(_a", "string) (int, error) { return _r", ".Builder.WriteString(_a", // a pointer method of an embedded value
		"buf) Len() int { return _r", // a value method
		"both) Len() int { return _r", ".Reader.Len() }",
		"service) Log(_a", "string)  { _r", ".Logger.Log(_a", // from the script's own interface
		"service) say(_a", ".sayer.say(_a", // unexported, of the script's own
		"nested) Log(_a", ".service.Logger.Log(_a", // two levels down
		"_ = b.Builder/*line :40:7*/.Len() + len(b.name)", // the script's own calls go through the fields
		"s.Logger/*line :42:3*/.Log(\"x\")",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %q", got, want)
		}
	}
	for _, not := range []string{"both) Close(", "own) Close() error { return _r"} {
		if strings.Contains(got, not) {
			t.Errorf("rewritten:\n%s\nwant no %q", got, not)
		}
	}
	if !strings.Contains(got, `import _sl`) || !strings.Contains(got, `"time"`) {
		t.Errorf("rewritten:\n%s\nwant an import of time", got)
	}
}
