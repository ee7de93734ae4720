package refuse_test

import (
	"strings"
	"testing"
)

// reflectScript is a script that imports reflect, with body after its
// imports.
func reflectScript(body string) string {
	return "package main\n\nimport (\n\t\"fmt\"\n\t\"reflect\"\n)\n\nvar _ = fmt.Sprint\n\n" + body
}

func TestRefusesReflectOfScriptTypes(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"TypeOf of a named basic type", "type Celsius float64\n\nfunc main() { fmt.Println(reflect.TypeOf(Celsius(1.5)).Name()) }",
			"main.go:12:42: reflect.TypeOf sees the interpreter's own type for Celsius, not main.Celsius"},
		{"ValueOf of a struct", "type P struct{ X int }\n\nfunc main() { _ = reflect.ValueOf(P{}).NumMethod() }",
			"main.go:12:35: reflect.ValueOf sees the interpreter's own type for P"},
		{"TypeOf of a pointer to a struct", "type P struct{ X int }\n\nfunc main() { _ = reflect.TypeOf(&P{}).String() }", "own type for P"},
		{"TypeOf of a slice and a map of them", "type P struct{ X int }\n\nfunc main() {\n\t_ = reflect.TypeOf([]P{})\n\t_ = reflect.TypeOf(map[string]*P{})\n}", "main.go:14:21: reflect.TypeOf sees the interpreter's own type for P"},
		{"TypeOf of an any that may hold a script type", "type Celsius float64\n\nfunc main() {\n\tvar v any = Celsius(1)\n\t_ = reflect.TypeOf(v).Kind()\n}", "main.go:14:21: reflect.TypeOf of a value of type any, which may hold a type the script declares"},
		{"ValueOf of an error that may hold a script type", "type E struct{}\n\nfunc (E) Error() string { return \"\" }\n\nfunc main() {\n\tvar err error = E{}\n\t_ = reflect.ValueOf(err)\n}", "reflect.ValueOf of a value of type error"},
		{"TypeOf of a []any where a function declares a type", "func main() {\n\ttype C int\n\t_ = reflect.TypeOf([]any{C(1)})\n}", "reflect.TypeOf of a value of type []any, which may hold"},
		{"TypeOf of an interface the script declares", "type Summer interface{ Sum() int }\n\ntype P struct{}\n\nfunc (P) Sum() int { return 0 }\n\nfunc main() {\n\tvar s Summer = P{}\n\t_ = reflect.TypeOf(s)\n\t_ = reflect.TypeOf((*Summer)(nil))\n}", "reflect.TypeOf of a value of type Summer, which may hold"},
		{"TypeOf of a type parameter", "type P struct{}\n\nfunc kind[T any](x T) reflect.Kind { return reflect.TypeOf(x).Kind() }\n\nfunc main() { _ = kind(P{}) }", "reflect.TypeOf of a value of type T"},
		{"TypeFor of a script type", "type P struct{}\n\nfunc main() { _ = reflect.TypeFor[P]() }", "main.go:12:35: reflect.TypeFor sees the interpreter's own type for P"},
		{"TypeFor of a script's interface", "type S interface{ M() }\n\nfunc main() { _ = reflect.TypeFor[S]() }", "main.go:12:35: reflect.TypeFor sees the interpreter's own type for S"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, reflectScript(tt.body))
			hasRefusal(t, got, tt.want)
		})
	}
}

func TestAcceptsReflectOfGoTypes(t *testing.T) {
	tests := []struct{ name, body string }{
		{"TypeOf of Go's types where the script declares none", "func main() {\n\tvar v any = 1\n\t_ = reflect.TypeOf(v).Kind()\n\t_ = reflect.ValueOf([]string{\"a\"}).Len()\n}"},
		{"TypeOf of basic and unnamed types beside script types", "type P struct{ X int }\n\nfunc main() {\n\t_ = reflect.TypeOf(1.5).Name()\n\t_ = reflect.ValueOf(struct{ S string }{\"a\"}).Field(0).String()\n\t_ = reflect.TypeOf(map[string][]int{}).String()\n}"},
		{"DeepEqual of script values", "type P struct{ X int }\n\nfunc main() { _ = reflect.DeepEqual(P{1}, P{1}) }"},
		{"TypeFor of Go's type", "type P struct{}\n\nfunc main() { _ = reflect.TypeFor[int]() }"},
		{"TypeFor of an interface beside script types", "type P struct{}\n\nfunc main() { _ = reflect.TypeFor[error](); _ = reflect.TypeFor[[]any]() }"},
		{"TypeOf of an any that holds Go's types alone, beside a script type no interface holds", "type P struct{ X int }\n\nfunc main() {\n\tvar m map[string]any\n\t_ = reflect.TypeOf(m[\"a\"]).Kind()\n\t_ = P{1}.X\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkSource(t, reflectScript(tt.body)); len(got) > 0 {
				t.Errorf("refused Go that the interpreter runs as Go does:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
