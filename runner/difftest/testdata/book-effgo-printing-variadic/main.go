// difftest: same
package main

// Effective Go, Printing: an all-ones uint64 in %d and %x and as int64, %v
// %+v %#v of a struct and of maps, % x, %#q, a String method on a named
// string, and a variadic Println that passes its arguments on with v...

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

func (t *T) String() string { return fmt.Sprintf("%d/%g/%q", t.a, t.b, t.c) }

type MyString string

func (m MyString) String() string { return fmt.Sprintf("MyString=%s", string(m)) }

func Println(v ...interface{}) { fmt.Println(v...) }

func Min(a ...int) int {
	min := int(^uint(0) >> 1)
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

func main() {
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", *t)
	fmt.Printf("%#v\n", *t)
	fmt.Printf("%v\n", map[string]int{"CST": -21600, "EST": -18000, "UTC": 0})
	fmt.Printf("%#v\n", map[string]int{"CST": -21600, "UTC": 0})
	fmt.Printf("%x\n", "hello")
	fmt.Printf("% x\n", "hello")
	fmt.Printf("%q %#q\n", "x`y", "xy")
	fmt.Println(MyString("hi"))
	Println("Hello", 23, true)
	fmt.Println(Min(3, 1, 2), Min())
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println(fmt.Sprint("Hello ", 23, 24, " x"))
	fmt.Printf("%T %T %T\n", t, *t, Println)
}
