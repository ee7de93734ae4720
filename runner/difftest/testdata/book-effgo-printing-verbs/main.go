// difftest: same
package main

// Effective Go, Printing: %d with big unsigned values, %x of a string and
// of a slice, %q, %v, %+v and %#v of a struct and a map, %T, and a
// String method that must not recurse (Sprintf of string(m)).

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

func (t *T) String() string {
	return fmt.Sprintf("%d/%g/%q", t.a, t.b, t.c)
}

func Println(v ...interface{}) {
	fmt.Print("log: ")
	fmt.Println(v...)
}

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
	fmt.Printf("Hello %d\n", 23)
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println("Hello", 23)
	fmt.Println(fmt.Sprint("Hello ", 23))

	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))

	var timeZone = map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60}
	fmt.Printf("%v\n", timeZone)

	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", *t)
	fmt.Printf("%#v\n", *t)
	fmt.Printf("%#v\n", timeZone)
	fmt.Printf("%T\n", timeZone)
	fmt.Printf("%q %#q\n", "quoted", "back`tick")
	fmt.Printf("%x % x %X\n", "hex this", []byte{1, 171, 255}, "hi")
	fmt.Println(MyString("hello"), Min(4, 2, 9), Min())
	Println("one", 2, 3.0, MyString("four"))
	fmt.Printf("%v %s\n", T{1, 2, "x"}, &T{1, 2, "y"})
}
