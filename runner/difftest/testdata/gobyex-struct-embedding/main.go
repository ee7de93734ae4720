// difftest: same
package main

// Go by Example, Struct Embedding: a struct embeds another and its
// methods, satisfies an interface through them, and shadows what it
// redefines; an embedded pointer and an embedded interface too.

import (
	"fmt"
	"strings"
)

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Server struct {
	*Logger
	Name string
}

type upperWriter struct {
	fmt.Stringer
}

func (u upperWriter) String() string { return strings.ToUpper(u.Stringer.String()) }

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	co := container{
		base: base{
			num: 1,
		},
		str: "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	co.num = 7
	fmt.Println(d.describe(), co.describe())

	lg := &Logger{prefix: "[srv] "}
	s1 := Server{lg, "one"}
	s2 := Server{Logger: lg, Name: "two"}
	s1.Log("started %s", s1.Name)
	s2.Log("started %s on %d", s2.Name, 8080)
	fmt.Println(strings.Join(lg.lines, "\n"))
	fmt.Println(len(s1.lines), s1.Logger == s2.Logger)

	u := upperWriter{name("ann")}
	fmt.Println(u.String(), u.Stringer.String())
	fmt.Println(u)
	var st fmt.Stringer = u
	fmt.Printf("%s|%v\n", st, st)
}
