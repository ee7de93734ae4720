// difftest: same
// args: -n hello  gopher world
package main

// The echo programs of chapter 1 of The Go Programming Language: echo1's
// three-clause loop, echo2's range over os.Args, echo3's strings.Join, and
// the exercise that prints each argument's index; then chapter 2's echo4,
// whose flags (-n, -s) the flag package parses.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

var n = flag.Bool("n", false, "omit trailing newline")
var sep = flag.String("s", " ", "separator")

func echo1() {
	var s, sep string
	for i := 1; i < len(os.Args); i++ {
		s += sep + os.Args[i]
		sep = " "
	}
	fmt.Println(s)
}

func echo2() {
	s, sep := "", ""
	for _, arg := range os.Args[1:] {
		s += sep + arg
		sep = " "
	}
	fmt.Println(s)
}

func echo3() {
	fmt.Println(strings.Join(os.Args[1:], " "))
	fmt.Println(os.Args[1:])
}

func exercise12() {
	for i, arg := range os.Args[1:] {
		fmt.Println(i+1, arg)
	}
}

func echo4() {
	flag.Parse()
	fmt.Print(strings.Join(flag.Args(), *sep))
	if !*n {
		fmt.Println()
	}
}

func main() {
	echo1()
	echo2()
	echo3()
	exercise12()
	echo4()
	fmt.Printf("|%d args after flags, n=%t, sep=%q\n", flag.NArg(), *n, *sep)
}
