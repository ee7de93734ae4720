// difftest: same
package main

// Promoted methods through embedded values and pointers taken as method
// values before and after the embedded field changes, method expressions
// of promoted methods, an interface satisfied by promotion and shadowed
// methods at a shallower depth.

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string)  { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Prefix() string { return l.prefix }
func (l Logger) String() string { return "Logger(" + l.prefix + ")" }
func (l *Logger) Dump() string  { return strings.Join(l.lines, "|") }

type Counter struct{ n int }

func (c *Counter) Inc() int  { c.n++; return c.n }
func (c Counter) Value() int { return c.n }

type Service struct {
	*Logger
	Counter
	Name string
}

func (s Service) Prefix() string { return "svc:" + s.Logger.Prefix() }

type Prefixer interface{ Prefix() string }

func main() {
	s := Service{Logger: &Logger{prefix: "a-"}, Name: "web"}
	log := s.Log   // bound to s.Logger pointer
	val := s.Value // copies s (Counter inside) now
	inc := s.Inc   // bound to &s.Counter
	log("one")
	inc()
	inc()
	fmt.Println(val(), s.Value(), s.Counter.n)
	s.Logger = &Logger{prefix: "b-"}
	log("two")
	s.Log("three")
	fmt.Println(s.Dump())
	fmt.Println(s.Prefix(), s.Logger.Prefix())
	var p Prefixer = s
	fmt.Println(p.Prefix())
	p = s.Logger
	fmt.Println(p.Prefix())
	f := (*Service).Inc
	g := Service.Value
	fmt.Println(f(&s), g(s))
	h := (*Logger).Log
	h(s.Logger, "four")
	fmt.Println(s.Logger.Dump())
	fmt.Println(s.Logger, s.String())
	fmt.Printf("%v|%s\n", s, s)
	fns := []func() int{s.Value, s.Inc, s.Counter.Value}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
