// difftest: same
// args: one two  three -n --flag
package main

// The Go Programming Language, 1.2 and its exercises: the three echo
// programs (a for loop with +=, range over os.Args[1:], strings.Join),
// echo with the index of each argument, and flag's echo4 with -n and -s
// parsed from a FlagSet of its own.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	var s, sep string
	for i := 1; i < len(os.Args); i++ {
		s += sep + os.Args[i]
		sep = " "
	}
	fmt.Println(s)

	s, sep = "", ""
	for _, arg := range os.Args[1:] {
		s += sep + arg
		sep = " "
	}
	fmt.Println(s)
	fmt.Println(strings.Join(os.Args[1:], " "))
	fmt.Println(os.Args[1:])
	for i, arg := range os.Args[1:] {
		fmt.Println(i+1, arg)
	}

	fs := flag.NewFlagSet("echo4", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Bool("n", false, "omit trailing newline")
	sepf := fs.String("s", " ", "separator")
	err := fs.Parse([]string{"-s", "/", "a", "b", "c"})
	fmt.Print(strings.Join(fs.Args(), *sepf), err, *n)
	if !*n {
		fmt.Println()
	}
	err = fs.Parse(os.Args[1:])
	fmt.Println(fs.Args(), err, *n)
}
