// difftest: same
package main

// html/template functions handed to Funcs as a map literal slice and
// index past short input; the template returns their panics as errors,
// with Go's runtime error for the bounds.

import (
	"fmt"
	"html/template"
	"strings"
)

func main() {
	t := template.Must(template.New("t").Funcs(map[string]any{
		"at":    func(s string, i int) string { return s[i : i+1] },
		"field": func(s string, i int) string { return strings.Fields(s)[i] },
	}).Parse(`<b>{{at . 2}}</b> <i>{{field . 1}}</i>`))
	for _, in := range []string{"hello world", "hi", "one"} {
		var sb strings.Builder
		err := t.Execute(&sb, in)
		fmt.Printf("%q %v\n", sb.String(), err)
	}
}
