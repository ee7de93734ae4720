// difftest: same
// stderr: panic
package main

// A generic batch checker started on a goroutine per batch, for ints and
// for strings: go checkAll(batch, limit). A batch over its limit panics
// with the program's own Code type, which Go reports with its type name:
// "panic: main.Code(413)".

import (
	"fmt"
	"time"
)

type Code int

type sized interface{ ~int | ~string }

func size[T sized](v T) int {
	switch x := any(v).(type) {
	case int:
		return x
	case string:
		return len(x)
	}
	return 0
}

func checkAll[T sized](batch []T, limit int) {
	total := 0
	defer func() { fmt.Println("checked", len(batch), "items, total", total) }()
	for _, v := range batch {
		total += size(v)
		if total > limit {
			panic(Code(413))
		}
	}
}

func main() {
	go checkAll([]int{3, 4, 5}, 20)
	time.Sleep(50 * time.Millisecond)
	go checkAll[string]([]string{"alpha", "beta", "gamma"}, 10)
	time.Sleep(time.Second) // the checker's panic ends the program first
	fmt.Println("not reached")
}
