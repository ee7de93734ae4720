// difftest: same
// A switch on a value of type any with a constant case beside a case of
// type error, in a closure, in goroutines, with break and a labelled
// loop around it.
package main

import (
	"fmt"
	"io"
	"sync"
)

func main() {
	f := func(v any) string {
		switch v {
		case 1:
			return "one"
		case io.EOF:
			return "eof"
		}
		return "none"
	}
	fmt.Println(f(1), f(io.EOF), f(2))
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i, v := range []any{1, io.EOF, "x"} {
		wg.Add(1)
		go func(i int, v any) {
			defer wg.Done()
			switch v {
			case "x":
				out[i] = "x"
			case io.EOF:
				out[i] = "eof"
				break
			case 1:
				out[i] = "one"
			}
		}(i, v)
	}
	wg.Wait()
	fmt.Println(out)
	results := make(chan string)
	go func() {
		defer close(results)
		for _, v := range []any{io.ErrUnexpectedEOF, 3, nil} {
			switch err := v; err {
			case io.ErrUnexpectedEOF:
				results <- "unexpected"
			case nil:
				results <- "nil"
			case 3:
				results <- "three"
			}
		}
	}()
	for r := range results {
		fmt.Println(r)
	}
Loop:
	for _, v := range []any{1, 2, io.EOF, 3} {
		switch v {
		case 2:
			continue Loop
		case io.EOF:
			break Loop
		case 1:
			fmt.Println("1")
		}
		fmt.Println("after", v)
	}
}
