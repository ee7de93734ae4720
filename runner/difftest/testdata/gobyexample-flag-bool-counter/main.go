// difftest: same
// args: -v -v -q -name=x rest
// A flag.Value of the program's own that says it is a boolean through
// IsBoolFlag, as a -v counter does: flag parses it without an argument.
package main

import (
	"flag"
	"fmt"
	"os"
)

type counter int

func (c *counter) String() string   { return fmt.Sprint(int(*c)) }
func (c *counter) Set(string) error { *c++; return nil }
func (c *counter) IsBoolFlag() bool { return true }

type word string

func (w *word) String() string     { return string(*w) }
func (w *word) Set(s string) error { *w = word(s); return nil }
func (w *word) IsBoolFlag() bool   { return false }

func main() {
	var verbose, quiet counter
	var name word
	flag.Var(&verbose, "v", "more output")
	flag.Var(&quiet, "q", "less output")
	flag.Var(&name, "name", "a `name`")
	flag.Parse()
	fmt.Println("verbose:", verbose, "quiet:", quiet, "name:", name)
	fmt.Println("rest:", flag.Args())

	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var n word
	fs.Var(&n, "n", "a word")
	fmt.Println(fs.Parse([]string{"-n", "-x"}), n, fs.Args())
	fmt.Println(fs.Parse([]string{"-n"}))
}
