// difftest: same

package main

// html/template escaping in text, attribute, URL and script contexts, a
// FuncMap, range with else, and the error of a field of a missing key.

import (
	"html/template"
	"os"
)

type msg struct {
	From, Body string
	URL        string
	Tags       []string
}

const page = `<h1>{{.Title}}</h1>
{{range $i, $m := .Msgs}}<p title="{{$m.From}}">{{$i}}: {{$m.Body}} <a href="{{$m.URL}}">link</a>{{with $m.Tags}} [{{join . ", "}}]{{end}}</p>
{{else}}<p>none</p>{{end}}<script>var user = {{.User}};</script>
`

func main() {
	t := template.Must(template.New("p").Funcs(template.FuncMap{"join": func(xs []string, sep string) string {
		out := ""
		for i, x := range xs {
			if i > 0 {
				out += sep
			}
			out += x
		}
		return out
	}}).Parse(page))
	err := t.Execute(os.Stdout, map[string]any{
		"Title": "Chat <log>",
		"Msgs": []msg{
			{"ann", "hi & <b>bye</b>", "http://x/?a=1&b=2", []string{"a<b", "c"}},
			{"bob\"", "x", "javascript:alert(1)", nil},
		},
		"User": map[string]any{"name": "ann", "admin": false},
	})
	if err != nil {
		println(err.Error())
	}
	t2 := template.Must(template.New("e").Parse(`{{.Missing.Field}}`))
	err = t2.Execute(os.Stdout, map[string]any{})
	os.Stdout.WriteString("\n")
	if err != nil {
		os.Stdout.WriteString(err.Error() + "\n")
	}
	os.Stdout.WriteString(template.HTMLEscapeString("<a>&'") + " " + template.JSEscapeString("'\"</script>") + "\n")
}
