// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
)

// Values of the program's types converted explicitly to interfaces with
// methods, of Go's library and its own: assigned, declared, in a literal,
// printed, returned and compared.

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type ParseError struct{ Line int }

func (e ParseError) Error() string { return fmt.Sprintf("line %d: bad input", e.Line) }

type Named interface{ String() string }

type nopWriter struct{ n *int }

func (w nopWriter) Write(p []byte) (int, error) { *w.n += len(p); return len(p), nil }

func parse(line int) error {
	if line > 2 {
		return error(ParseError{line})
	}
	return nil
}

func main() {
	s := fmt.Stringer(Temp{21.5})
	fmt.Println(s, s.String())
	err := error(ParseError{3})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ParseError{3}))
	var n Named = Named(Temp{-4})
	fmt.Println(n)
	list := []fmt.Stringer{fmt.Stringer(Temp{1}), Named(Temp{2})}
	fmt.Println(list[0], list[1], len(list))
	fmt.Println(fmt.Stringer(Temp{37}))
	fmt.Println(parse(1), parse(5))
	count := 0
	w := io.Writer(nopWriter{&count})
	fmt.Fprintf(w, "%d bytes", 12345)
	fmt.Println(count)
	var e2 error
	e2 = error(ParseError{9})
	fmt.Println(e2.Error(), e2 == error(ParseError{9}))
}
