// difftest: same
package main

// A template's errors about types declared on a slice and an array, met
// through a pointer, a slice, a map, as the data itself and in a slice of
// them.

import (
	"fmt"
	"os"
	"text/template"
)

type Tags []string

type Pair [2]string

type Post struct {
	Title string
	Tags  Tags
	Pin   *Tags
	Lists []Tags
	ByKey map[string]Tags
	Ends  Pair
}

func main() {
	p := Post{Title: "t", Tags: Tags{"a"}, Lists: []Tags{{"x"}}, ByKey: map[string]Tags{"k": {"v"}}}
	t := template.Must(template.New("p").Parse("{{.Pin.First}}"))
	fmt.Println(t.Execute(os.Stdout, p))
	t2 := template.Must(template.New("q").Parse("{{range .Lists}}{{.First}}{{end}}"))
	fmt.Println(t2.Execute(os.Stdout, p))
	t3 := template.Must(template.New("r").Parse("{{.ByKey.k.First}}"))
	fmt.Println(t3.Execute(os.Stdout, &p))
	t4 := template.Must(template.New("s").Parse("{{.Ends.Left}}"))
	err := t4.Execute(os.Stdout, p)
	fmt.Println(err)
	t5 := template.Must(template.New("u").Parse("{{.First}}"))
	fmt.Println(t5.Execute(os.Stdout, Tags{"z"}))
	fmt.Println(t5.Execute(os.Stdout, []Tags{}))
}
