// difftest: same
package main

// A template that fails on a field of a type declared on a slice, whose
// error the program prints.

import (
	"fmt"
	"os"
	"text/template"
)

type Tags []string

type Post struct {
	Title string
	Tags  Tags
}

func main() {
	t := template.Must(template.New("p").Parse("{{.Title}} {{.Tags.First}}\n"))
	if err := t.Execute(os.Stdout, Post{"hello", Tags{"go", "net"}}); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}
}
