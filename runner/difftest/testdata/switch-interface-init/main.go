// difftest: same
// A switch on an interface with an init statement, whose tag is a call
// or a variable: the tag is evaluated once, after the init statement,
// before the cases, in order; a case that changes the tag's variable does
// not change what the switch compares; labels, break and continue.
package main

import (
	"errors"
	"fmt"
	"io"
)

var calls int

func get(i int) any { calls++; return []any{1, "a", io.EOF, nil}[i] }

func id(v any) any { calls++; return v }

var n int

func next() any {
	n++
	return []any{io.EOF, 2, "x", nil, 2.0}[n%5]
}

var ErrX = errors.New("x")

var ErrStop = errors.New("stop")

func change(p *any) int { *p = "x"; return 99 }

func main() {
	for i := 0; i < 4; i++ {
		switch x := get(i); id(x) {
		case 1:
			fmt.Println("one", x, calls)
		case "a":
			fmt.Println("a", calls)
		case io.EOF:
			fmt.Println("eof", calls)
		default:
			fmt.Println("default", x, calls)
		}
	}
	for i := 0; i < 4; i++ {
		switch x := i; get(x) {
		case 1, "a":
			fmt.Println("1 or a", x, calls)
		case nil:
			fmt.Println("nil", calls)
		}
	}
	for i := 0; i < 5; i++ {
		switch next() {
		case io.EOF:
			fmt.Println("eof", n)
		case 2:
			fmt.Println("two", n)
		case "x", nil:
			fmt.Println("x or nil", n)
		default:
			fmt.Println("default", n)
		}
	}
	var v any = 1
	switch v {
	case change(&v):
		fmt.Println("99")
	case "x":
		fmt.Println("x (changed)")
	case 1:
		fmt.Println("one (as read first)")
	case ErrX:
		fmt.Println("errx")
	}
	fmt.Println(v)
	switch x := next(); x {
	case 2, io.EOF:
		fmt.Println("init two or eof", x)
	default:
		fmt.Println("init default", x)
	}
	switch x := n; any(x) {
	case 7, ErrX:
		fmt.Println("seven")
	default:
		fmt.Println("not seven", x)
	}

	events := []any{1, "skip", io.EOF, 2, ErrStop, 3}
	count := 0
Outer:
	for _, ev := range events {
	Inner:
		switch x := ev; x {
		case "skip":
			continue Outer
		case io.EOF:
			fmt.Println("eof, breaking switch")
			break Inner
		case ErrStop:
			fmt.Println("stop")
			break Outer
		case 1:
			count++
			fallthrough
		case 2:
			count += 10
			if count > 100 {
				break
			}
			fmt.Println("count", count)
		default:
			fmt.Println("default", x)
		}
		fmt.Println("after", ev)
	}
	fmt.Println("done", count)
	i := 0
Loop:
	switch ev := events[i]; ev {
	default:
		fmt.Println("default first", ev)
	case 3:
		fmt.Println("three")
	case io.EOF:
		fmt.Println("eof")
	}
	i++
	if i < len(events) {
		goto Loop
	}
}
