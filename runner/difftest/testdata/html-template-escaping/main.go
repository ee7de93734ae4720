// difftest: same
package main

// html/template's contextual escaping, as its package examples show it:
// the same untrusted value escaped for text, an attribute, a URL and
// JavaScript, template.HTML trusted as it is, and a form of fields.

import (
	"html/template"
	"log"
	"os"
)

type Field struct {
	Name, Label, Value string
}

const page = `<h1>{{.Title}}</h1>
<p title="{{.Title}}">{{.Body}}</p>
<a href="/search?q={{.Query}}">search</a> <a href="{{.Link}}">link</a>
<script>var user = {{.Title}}; var n = {{.Count}};</script>
{{.Trusted}}
<form>{{range .Fields}}
  <label for="{{.Name}}">{{.Label}}</label><input name="{{.Name}}" value="{{.Value}}">{{end}}
</form>
`

func main() {
	t, err := template.New("page").Parse(page)
	if err != nil {
		log.Fatal(err)
	}
	data := map[string]any{
		"Title":   `<script>alert("you have been pwned")</script>`,
		"Body":    "Tom & Jerry's \"show\"",
		"Query":   "a b&c=d/é",
		"Link":    "javascript:alert(1)",
		"Count":   3,
		"Trusted": template.HTML("<b>bold, as written</b>"),
		"Fields": []Field{
			{"user", "User <name>", `O'Hara`},
			{"note", "Note", `"quoted" & <tagged>`},
		},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		log.Fatal(err)
	}
	os.Stdout.WriteString(template.HTMLEscapeString("<a href='x'>") + "\n")
	os.Stdout.WriteString(template.JSEscapeString(`he said "hi" </script>`) + "\n")
	os.Stdout.WriteString(template.URLQueryEscaper("a b", "&c") + "\n")
	_, err = template.New("bad").Parse("<a href='{{.}}>")
	if err == nil {
		err = template.Must(template.New("bad").Parse("<a href='{{.}}>")).Execute(os.Stdout, "x")
	}
	os.Stdout.WriteString("\n" + err.Error() + "\n")
}
