// difftest: refused the interpreter makes Tags a []string, and printf of the []string beside it would name main.Tags
package main

// A debugging template read from a file prints the types of two fields:
// one of a type the program declares on a slice, one a plain []string.
// Go names them main.Tags and []string; the interpreter makes both
// []string, so socklab cannot tell which printf prints.

import (
	"os"
	"strings"
	"text/template"
)

type Tags []string

type Note struct {
	Title string
	Tags  Tags
	Words []string
}

func main() {
	t := template.Must(template.ParseFiles("debug.tmpl"))
	n := Note{"groceries", Tags{"home"}, strings.Fields("milk eggs")}
	t.Execute(os.Stdout, n)
}
