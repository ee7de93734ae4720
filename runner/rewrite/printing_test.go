package rewrite_test

func init() {
	programs = append(programs,
		program{"printing", `package main

import (
	"fmt"
	"log"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Name string

type point struct{ x, y int }

type Alert struct {
	Msg   string
	Level Level
	level Level
}

func main() {
	a := Alert{"disk", 2, 1}
	fmt.Println(a, []Level{0, 1}, map[string]Level{"b": 1, "a": 2})
	fmt.Printf("%v|%+v|%#v|%T|%-10T|%d\n", a, a, point{1, 2}, a, Name("n"), a.Level)
	fmt.Print(Name("a"), Name("b"), 1, 2, "\n")
	var b strings.Builder
	l := log.New(&b, "> ", 0)
	l.Println(a.Level, []point{{3, 4}})
	fmt.Print(b.String())
	fmt.Println(fmt.Sprintf("%v", &a), fmt.Errorf("at %v", a.Level))
}
`},
	)
}
