// difftest: same
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// LineError says which line of a request is malformed.
type LineError struct {
	Line int
	Text string
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: malformed %q", e.Line, e.Text) }

// Tag is a value error: each one stored is a copy.
type Tag struct{ Name string }

func (t Tag) Error() string { return "tag " + t.Name }

// prefixer writes each line it is given with its prefix.
type prefixer struct {
	w      io.Writer
	prefix string
}

func (p *prefixer) Write(b []byte) (int, error) {
	fmt.Fprint(p.w, p.prefix)
	return p.w.Write(b)
}

func parse(req string) error {
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(req))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if !strings.Contains(line, ":") {
			errs = append(errs, &LineError{Line: n, Text: line})
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := parse("Host: a\nbroken\nAccept: */*\nalso broken\n")
	fmt.Println(err)
	var le *LineError
	fmt.Println(errors.As(err, &le), le.Line)

	byName := map[string]error{}
	wrapped := make(chan error, 3)
	for _, name := range []string{"x", "y", "z"} {
		t := Tag{name}
		byName[name] = t
		wrapped <- fmt.Errorf("check %s: %w", name, &LineError{Line: len(name), Text: name})
	}
	close(wrapped)
	fmt.Println(byName["x"], byName["y"], byName["z"])
	for e := range wrapped {
		fmt.Println(e)
	}

	last := &LineError{Line: 1, Text: "first"}
	var kept error = last
	last = &LineError{Line: 2, Text: "second"}
	fmt.Println(kept, "/", last)

	var first error = Tag{"first"}
	again := first
	fmt.Println(first, again.Error())

	var sb strings.Builder
	var outs []io.Writer
	for _, p := range []string{"> ", "# "} {
		outs = append(outs, &prefixer{&sb, p})
	}
	fmt.Fprintln(io.MultiWriter(outs...), "hello")
	fmt.Print(sb.String())
}
