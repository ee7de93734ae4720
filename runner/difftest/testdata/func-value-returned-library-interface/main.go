// difftest: same
package main

import (
	"fmt"
	"io"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Pt struct{ X int }

func (p Pt) String() string { return fmt.Sprint("pt", p.X) }

type upper struct{ w io.Writer }

func (u upper) Write(b []byte) (int, error) { return u.w.Write(b) }

func logger(prefix string) func(error) {
	return func(err error) { fmt.Println(prefix, err) }
}

func shower() func(fmt.Stringer) string {
	return func(s fmt.Stringer) string { return "<" + s.String() + ">" }
}

func writerTo(msg string) func(io.Writer) {
	return func(w io.Writer) { fmt.Fprintln(w, msg) }
}

func main() {
	logErr := logger("error:")
	logErr(&MyErr{7})
	logErr(fmt.Errorf("plain"))
	show := shower()
	fmt.Println(show(Pt{1}))
	write := writerTo("hello")
	var sb strings.Builder
	write(upper{&sb})
	fmt.Print(sb.String())
	handlers := map[string]func(error){"a": logger("A:")}
	handlers["a"](&MyErr{1})
}
