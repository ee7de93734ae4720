// difftest: same
package main

// echo's test of chapter 11 of The Go Programming Language, run as main:
// echo writes to the package variable out, an io.Writer that is
// os.Stdout in the program and a bytes.Buffer in the test, which swaps it
// and compares what echo wrote for each case of a table; the errors go to
// a second writer as t.Errorf would report them.

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

var (
	n = flag.Bool("n", false, "omit trailing newline")
	s = flag.String("s", " ", "separator")
)

var out io.Writer = os.Stdout // modified during testing

func echo(newline bool, sep string, args []string) error {
	fmt.Fprint(out, strings.Join(args, sep))
	if newline {
		fmt.Fprintln(out)
	}
	return nil
}

func TestEcho() (failed int) {
	var tests = []struct {
		newline bool
		sep     string
		args    []string
		want    string
	}{
		{true, "", []string{}, "\n"},
		{false, "", []string{}, ""},
		{true, "\t", []string{"one", "two", "three"}, "one\ttwo\tthree\n"},
		{true, ",", []string{"a", "b", "c"}, "a,b,c\n"},
		{false, ":", []string{"1", "2", "3"}, "1:2:3"},
		{true, ",", []string{"a", "b", "c"}, "a b c\n"}, // NOTE: wrong expectation!
	}
	saved := out
	defer func() { out = saved }()
	for _, test := range tests {
		descr := fmt.Sprintf("echo(%v, %q, %q)", test.newline, test.sep, test.args)
		out = new(bytes.Buffer) // captured output
		if err := echo(test.newline, test.sep, test.args); err != nil {
			fmt.Printf("%s failed: %v\n", descr, err)
			failed++
			continue
		}
		got := out.(*bytes.Buffer).String()
		if got != test.want {
			fmt.Printf("%s = %q, want %q\n", descr, got, test.want)
			failed++
		}
	}
	return failed
}

func main() {
	flag.Parse()
	if err := echo(!*n, *s, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "echo: %v\n", err)
		os.Exit(1)
	}
	if failed := TestEcho(); failed > 0 {
		fmt.Printf("--- FAIL: TestEcho (%d)\n", failed)
		os.Exit(1)
	}
	fmt.Println("PASS")
}
