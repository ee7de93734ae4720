package refuse_test

import (
	"strings"
	"testing"
)

// TestTemplateData lists template data whose methods the interpreter hides
// from the template, and data it shows as Go does.
func TestTemplateData(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nvar t = template.Must(template.New(\"\").Parse(\"{{.}}\"))\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a struct with a method", head + "type P struct{ N int }\n\nfunc (p P) Double() int { return 2 * p.N }\n\nfunc main() { _ = t.Execute(os.Stdout, []P{}) }\n",
			"main.go:14:40: the template cannot call P's method Double"},
		{"a pointer method, by name", head + "type P struct{ N int }\n\nfunc (p *P) String() string { return \"p\" }\n\nfunc main() { _ = t.ExecuteTemplate(os.Stdout, \"x\", map[string]*P{}) }\n",
			"main.go:14:53: the template cannot call P's method String"},
		{"fields only", head + "type P struct{ N int }\n\nfunc main() { _ = t.Execute(os.Stdout, P{}) }\n", ""},
		{"a basic type with String", head + "type S int\n\nfunc (s S) String() string { return \"s\" }\n\nfunc main() { _ = t.Execute(os.Stdout, struct{ A S }{}) }\n", ""},
		{"a library type's methods", head + "type P struct{ strings.Builder }\n\nfunc main() { _ = t.Execute(os.Stdout, P{}) }\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(tt.src, "\t\"os\"\n", "\t\"os\"\n\t\"strings\"\n", strings.Count(tt.src, "strings.")) // the import where the source uses it
			got := strings.Join(checkSource(t, src), "\n")
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}
