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
		program{"printing-anonymous-structs", `package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"
)

func main() {
	board := []struct {
		i int
		b bool
	}{{2, true}, {3, false}}
	fmt.Printf("%+v|%#v|%T|%v\n", board, board[0], board, board)
	fmt.Println(board[1:])
	p := struct {
		Name string
		age  int
	}{"ann", 3}
	out, err := json.Marshal(p)
	fmt.Println(string(out), err)
	fmt.Printf("%+v %+v\n", &p, struct{ X, Y int }{1, 2})
	at := struct {
		when time.Time
		n    int
	}{time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), 7}
	fmt.Printf("%v %s %+v\n", at.when, big.NewInt(7), at)
}
`},
		program{"printing-read-after-calls", `package main

import "fmt"

type C struct{ v float64 }

func (c *C) Set(x float64) error { c.v = x; return nil }
func (c C) String() string      { return fmt.Sprint("C=", c.v) }

type P struct{ x, y int }

func (p *P) Move() int { p.x++; return p.x }

type W struct{ p P }

func main() {
	c := C{1}
	fmt.Println(c, c.Set(2), c)
	p := P{1, 2}
	fmt.Printf("%+v %d %+v\n", p, p.Move(), p)
	w := &W{P{5, 5}}
	fmt.Printf("%+v %v %+v\n", w.p, w.p.Move(), (w.p))
	ch := make(chan int, 1)
	ch <- 9
	fmt.Println(fmt.Sprint(c), c.Set(3), len(ch), c, <-ch)
	defer fmt.Println("deferred", c, c.Set(4))
	c.Set(5)
}
`},
	)
}
