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
		{"a map[string]any that holds a struct with a method", head + "type P struct{ N int }\n\nfunc (p P) Double() int { return 2 * p.N }\n\nfunc main() { _ = t.Execute(os.Stdout, map[string]any{\"p\": P{1}}) }\n",
			"main.go:14:40: this data may hold a value of P in an interface, whose method Double"},
		{"an any parameter handed a pointer with a String method", head + "type P struct{ N int }\n\nfunc (p *P) String() string { return \"p\" }\n\nfunc show(data any) { _ = t.Execute(os.Stdout, data) }\n\nfunc main() { show(&P{}) }\n",
			"main.go:14:48: this data may hold a value of P in an interface, whose method String"},
		{"an error held by error, then by any", head + "type E struct{ N int }\n\nfunc (e *E) Error() string { return \"e\" }\n\nfunc fail() error { return &E{} }\n\nfunc main() {\n\tm := map[string]any{}\n\tm[\"err\"] = fail()\n\t_ = t.Execute(os.Stdout, m)\n}\n",
			"main.go:19:27: this data may hold a value of E in an interface, whose method Error"},
		{"a FuncMap function that returns a struct with a method", head + "type P struct{ N int }\n\nfunc (p P) Double() int { return 2 * p.N }\n\nfunc main() { _ = template.New(\"\").Funcs(template.FuncMap{\"p\": func() P { return P{} }}).Execute(os.Stdout, 1) }\n",
			"main.go:14:42: a function of this FuncMap hands the template a value of P, whose method Double"},
		{"a struct that embeds another", head + "type A struct{ Name string }\n\ntype M struct {\n\tA\n\tRole string\n}\n\nfunc main() { _ = t.Execute(os.Stdout, []M{}) }\n",
			"main.go:17:40: this data may hold a value of M, which embeds A"},
		{"an any that holds a struct that embeds a pointer to another", head + "type A struct{ Name string }\n\ntype M struct {\n\t*A\n\tRole string\n}\n\nfunc main() {\n\tvar v any = M{}\n\t_ = t.Execute(os.Stdout, v)\n}\n",
			"this data may hold a value of M, which embeds A"},
		{"a used error, with a type on a slice, lifted by pass template", head + "type Tags []string\n\ntype P struct{ T Tags; L []Tags; M map[string]*Tags }\n\nfunc main() { err := t.Execute(os.Stdout, P{}); _ = err }\n", ""},
		{"a used error, with a type on a slice beside a []string", head + "type Tags []string\n\ntype P struct{ T Tags; U []string }\n\nfunc main() { err := t.Execute(os.Stdout, P{}); _ = err }\n",
			"main.go:14:43: the template's errors name the type of the value they fail on, and this data may hold a value of Tags, which the interpreter makes []string, as it does the []string this data may hold too"},
		{"a used error, with a slice of a type on a slice beside a slice of []string", head + "type Tags []string\n\ntype P struct{ T []Tags; U [][]string }\n\nfunc main() { err := t.Execute(os.Stdout, P{}); _ = err }\n",
			"this data may hold a value of []Tags, which the interpreter makes [][]string, as it does the [][]string this data may hold too"},
		{"a used error, with a type on a slice in an interface", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nfunc main() {\n\tvar v any = P{}\n\terr := t.Execute(os.Stdout, v)\n\t_ = err\n}\n",
			"main.go:16:30: the template's errors name the type of the value they fail on, and this data may hold a value of Tags, which the interpreter makes []string, so"},
		{"a used error, with a type on a slice in an anonymous struct", head + "type Tags []string\n\nfunc main() { err := t.Execute(os.Stdout, struct{ T Tags }{}); _ = err }\n",
			"this data may hold a value of struct{T Tags}, which holds a type the interpreter makes its underlying type"},
		{"a used error, with a type on a slice, beside an interface that a type parameter's value goes to", head + "type Tags []string\n\ntype P struct {\n\tT Tags\n\tX any\n}\n\nfunc put[V any](v V) P { return P{X: v} }\n\nfunc main() {\n\t_ = put(1)\n\terr := t.Execute(os.Stdout, P{})\n\t_ = err\n}\n",
			"and an interface in this data may hold any type (a type parameter's), of that spelling too"},
		{"a used error, with a type on a slice, where templates have functions that return a slice", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"f\": strings.Fields})\n\terr := t.Execute(os.Stdout, P{})\n\t_ = err\n}\n",
			"this data may hold a value of Tags, which the interpreter makes []string in a package whose templates have functions of their own"},
		{"a used error, with a type on a slice, where templates have functions put in a map", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nvar fm = template.FuncMap{}\n\nfunc main() {\n\tfm[\"up\"] = strings.ToUpper\n\tt.Funcs(fm)\n\terr := t.Execute(os.Stdout, P{})\n\t_ = err\n}\n",
			"this data may hold a value of Tags, which the interpreter makes []string in a package whose templates have functions of their own"},
		{"a discarded error, with a type on a slice beside a slice of its runtime form, where a template may print them", head + "type Tags []string\n\ntype P struct {\n\tT Tags\n\tR []string\n}\n\nfunc main() {\n\tx := template.Must(template.ParseFiles(\"p.tmpl\"))\n\tx.Execute(os.Stdout, P{})\n}\n",
			"main.go:19:23: a template's printf names the type of what it prints with %T and %#v, and this data may hold a value of Tags, which the interpreter makes []string, as it does the []string this data may hold too"},
		{"a discarded error, with a type on a slice, where templates have functions that return a slice and may print", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"f\": strings.Fields})\n\tt.Execute(os.Stdout, P{})\n\ttemplate.Must(t.Parse(os.Args[1]))\n}\n",
			"a template's printf names the type of what it prints with %T and %#v, and this data may hold a value of Tags, which the interpreter makes []string in a package whose templates have functions of their own"},
		{"a discarded error, with a type on a slice beside a slice of its runtime form, where no template prints", head + "type Tags []string\n\ntype P struct {\n\tT Tags\n\tR []string\n}\n\nfunc main() {\n\tx := template.Must(template.New(\"\").Parse(\"{{.T}} {{.R}}\"))\n\tx.Execute(os.Stdout, P{})\n}\n", ""},
		{"a template read from a file, with data that may hold a struct type declared inside a function with an unexported field", head + "type Q struct{ N int }\n\nfunc main() {\n\ttype row struct {\n\t\tName string\n\t\tpass string\n\t}\n\tx := template.Must(template.ParseFiles(\"p.tmpl\"))\n\tx.Execute(os.Stdout, map[string]any{\"rows\": []row{{\"a\", \"b\"}}})\n}\n",
			"main.go:18:23: this data may hold a value of row, a type declared inside a function, whose unexported field pass the interpreter has made exported as Xpass"},
		{"a constant template, with data that may hold a struct type declared inside a function with an unexported field", head + "type Q struct{ N int }\n\nfunc main() {\n\ttype row struct {\n\t\tName string\n\t\tpass string\n\t}\n\t_ = t.Execute(os.Stdout, []row{{\"a\", \"b\"}})\n}\n", ""},
		{"a FuncMap function that returns a type on a slice, where a template may print it", head + "type Tags []string\n\nfunc main() {\n\tx := template.Must(template.New(\"\").Funcs(template.FuncMap{\"tags\": func() Tags { return nil }}).Parse(os.Args[1]))\n\tx.Execute(os.Stdout, 1)\n}\n",
			"main.go:13:44: a function of this FuncMap hands the template a value of Tags, which the interpreter makes []string, so a template's printf (%T, %#v) and its errors would name it []string where Go names it main.Tags"},
		{"a FuncMap function that returns a type on a slice, where no template prints and no error is used", head + "type Tags []string\n\nfunc main() {\n\tx := template.Must(template.New(\"\").Funcs(template.FuncMap{\"tags\": func() Tags { return nil }}).Parse(\"{{range tags}}{{.}}{{end}}\"))\n\tx.Execute(os.Stdout, 1)\n}\n", ""},
		{"a used error, with a type on a slice, where templates have functions of strings alone", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"up\": strings.ToUpper, \"n\": func(a, b int) int { return a + b }})\n\terr := t.Execute(os.Stdout, P{})\n\t_ = err\n}\n", ""},
		{"a used error, with a struct type of another's fields", head + "type P struct{ N int }\n\ntype Q struct{ N int }\n\nfunc main() {\n\tif err := t.Execute(os.Stdout, []P{}); err != nil {\n\t\tpanic(err)\n\t}\n\t_ = Q{}\n}\n",
			"which the interpreter makes one type with"},
		{"a used error, with a struct literal of a struct type's fields", head + "type P struct{ N int }\n\nfunc main() {\n\tv := struct{ N int }{1}\n\t_ = v\n\tif err := t.Execute(os.Stdout, P{}); err != nil {\n\t\tpanic(err)\n\t}\n}\n",
			"which the interpreter makes one type with a struct literal's type of the same fields"},
		{"a used error, with a type declared in a function", head + "func main() {\n\ttype L struct{ N int }\n\tif err := t.Execute(os.Stdout, L{}); err != nil {\n\t\tpanic(err)\n\t}\n}\n",
			"a type declared inside a function"},
		{"a used error, with a map[string]any that holds a struct with an unexported field", head + "type P struct{ n int }\n\nfunc main() {\n\tif err := t.Execute(os.Stdout, map[string]any{\"p\": &P{}}); err != nil {\n\t\tpanic(err)\n\t}\n}\n",
			"this data may hold a value of P in an interface, whose unexported field n"},
		{"a used error, with an any parameter handed a struct with an unexported field", head + "type P struct{ n int }\n\nfunc show(data any) error { return t.Execute(os.Stdout, data) }\n\nfunc main() {\n\tif err := show(P{}); err != nil {\n\t\tpanic(err)\n\t}\n}\n", ""},
		{"a used error, with an any parameter handed a map[string]any that holds a struct with an unexported field", head + "type P struct{ n int }\n\nfunc show(data any) error { return t.Execute(os.Stdout, data) }\n\nfunc main() {\n\tif err := show(map[string]any{\"p\": P{}}); err != nil {\n\t\tpanic(err)\n\t}\n}\n",
			"main.go:12:57: this data may hold a value of P in an interface, whose unexported field n"},
		{"an error that fmt.Errorf wraps, unwrapped into a map[string]any", head + "type E struct{ N int }\n\nfunc (e *E) Error() string { return \"e\" }\n\nfunc main() {\n\terr := fmt.Errorf(\"x: %w\", &E{})\n\t_ = t.Execute(os.Stdout, map[string]any{\"e\": errors.Unwrap(err)})\n}\n",
			"this data may hold a value of E in an interface, whose method Error"},
		{"a FuncMap function whose error may be a script's", head + "type E struct{ N int }\n\nfunc (e *E) Error() string { return \"e\" }\n\nfunc check(s string) (string, error) {\n\tif s == \"\" {\n\t\treturn \"\", &E{}\n\t}\n\treturn s, nil\n}\n\nfunc main() {\n\t_ = template.New(\"\").Funcs(template.FuncMap{\"check\": check}).Execute(os.Stdout, 1)\n}\n", ""},
		{"a template that names an unexported field of a type of the file's table by the interpreter's name, which the execution tells", head + "type P struct{ token string }\n\nfunc main() { _ = template.Must(template.New(\"\").Parse(\"{{.Xtoken}}\")).Execute(os.Stdout, P{}) }\n", ""},
		{"a template that names an unexported field of a type declared in a function by the interpreter's name", head + "type Q struct{ N int }\n\nfunc main() {\n\ttype P struct{ token string }\n\t_ = template.Must(template.New(\"\").Parse(\"{{.Xtoken}}\")).Execute(os.Stdout, P{})\n}\n",
			"main.go:14:43: this template names Xtoken, the interpreter's name of the unexported field token of P"},
		{"a template that names a field of X and more", head + "type P struct {\n\ttoken  string\n\tXtokens string\n}\n\nfunc main() { _ = template.Must(template.New(\"\").Parse(\"{{.Xtokens}}\")).Execute(os.Stdout, P{}) }\n", ""},
		{"Execute taken as a value, which pass template writes out", head + "type P struct{ N int }\n\nfunc main() {\n\trun := t.Execute\n\t_ = run(os.Stdout, P{})\n}\n", ""},
		{"ExecuteTemplate as a method expression, which pass template writes out", head + "type P struct{ N int }\n\nfunc main() { _ = (*template.Template).ExecuteTemplate(t, os.Stdout, \"\", P{}) }\n", ""},
		{"Execute as a method expression of a struct that embeds the template", head + "type P struct{ N int }\n\ntype page struct{ *template.Template }\n\nfunc main() { _ = (*page).Execute(&page{t}, os.Stdout, P{}) }\n",
			"main.go:14:19: socklab names the script's types in a template's errors and printf only where Execute is called, or taken as a method value or expression of a *template.Template"},
		{"Execute taken as a value in a script without types", head + "func main() {\n\trun := t.Execute\n\t_ = run(os.Stdout, 1)\n}\n", ""},
		{"a discarded error, with a type on a slice", head + "type Tags []string\n\ntype P struct{ T Tags }\n\nfunc main() { t.Execute(os.Stdout, P{}); _ = t.Execute(os.Stdout, P{}) }\n", ""},
		{"a used error, with structs, a pooled type and a map of basic values", head + "type C float64\n\ntype P struct {\n\tName string\n\tT    C\n\tL    []struct{ A, B int }\n\tn    int\n}\n\nfunc main() {\n\tif err := t.Execute(os.Stdout, []P{}); err != nil {\n\t\tpanic(err)\n\t}\n\t_ = t.Execute(os.Stdout, map[string]any{\"n\": 1, \"s\": \"x\", \"l\": []P{}})\n}\n", ""},
		{"an any in a script whose methods' types are only printed", head + "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc main() {\n\tfmt.Println(P{})\n\t_ = t.Execute(os.Stdout, map[string]any{\"n\": 1})\n}\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(tt.src, "\t\"os\"\n", "\t\"os\"\n\t\"strings\"\n", strings.Count(tt.src, "strings.")) // the import where the source uses it
			src = strings.Replace(src, "\t\"os\"\n", "\t\"fmt\"\n\t\"os\"\n", strings.Count(src, "fmt."))
			src = strings.Replace(src, "import (\n", "import (\n\t\"errors\"\n", strings.Count(src, "errors."))
			got := strings.Join(checkSource(t, src), "\n")
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}
