// difftest: same
package main

// html and html/template's examples: EscapeString and UnescapeString,
// a template that escapes its data in text, an attribute, a URL and
// JavaScript, template.HTML for trusted markup, and HTMLEscapeString.

import (
	"fmt"
	"html"
	"html/template"
	"os"
)

func main() {
	const s = `"Fran & Freddie's Diner" <tasty@example.com>`
	fmt.Println(html.EscapeString(s))
	fmt.Println(html.UnescapeString(`&quot;Fran &amp; Freddie&#39;s Diner&quot; &lt;tasty@example.com&gt; &eacute;`))

	const tpl = `<p title="{{.Title}}">{{.Body}}</p>
<a href="/search?q={{.Query}}">search</a>
<script>var name = {{.Title}};</script>
{{.Trusted}}
`
	t := template.Must(template.New("page").Parse(tpl))
	data := map[string]any{
		"Title":   `O'Reilly & "friends"`,
		"Body":    "<b>bold</b> text",
		"Query":   "a b&c",
		"Trusted": template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println(err)
	}
	fmt.Println(template.HTMLEscapeString("<a&b>"), template.JSEscapeString(`'x' "y"`), template.URLQueryEscaper("a b", "&"))
}
