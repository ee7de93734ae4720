package refuse_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/refuse"
	"github.com/socklab/socklab/runner/typecheck"
)

// check runs the checks on a script whose main function and declarations
// are body, typed by the script process's own type checker.
func check(t testing.TB, body string) []string {
	t.Helper()
	src := "package main\n\nimport (\n\t\"encoding/json\"\n\t\"encoding/xml\"\n\t\"errors\"\n\t\"fmt\"\n\t\"log\"\n\t\"net/rpc\"\n\t\"os\"\n)\n\nvar _, _, _, _, _, _, _ = json.Marshal, xml.Marshal, errors.New, fmt.Sprint, log.New, rpc.Register, os.Exit\n\n" + body
	return checkSource(t, src)
}

// checkSource runs the checks on src, a script's main.go.
func checkSource(t testing.TB, src string) []string {
	t.Helper()
	fset, p := typed(t, src)
	return refuse.Check(fset, p.Files, p.Types, p.Info)
}

// typed parses src as main.go of package main, with its comments, and
// type-checks it with the script process's own type checker.
func typed(t testing.TB, src string) (*token.FileSet, *typecheck.Package) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	p := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
	if err := typecheck.Check(fset, []*typecheck.Package{p}, typecheck.Config{}); err != nil {
		t.Fatalf("type check: %v\n%s", err, src)
	}
	return fset, p
}

// hasRefusal checks that got, the refusals of a script, holds one that
// contains want.
func hasRefusal(t *testing.T, got []string, want string) {
	t.Helper()
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("refusals:\n%s\nwant one containing %q", strings.Join(got, "\n"), want)
	}
}

func TestRefuses(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the descriptor of standard error as a value", "func main() { fd := (os.Stderr).Fd; _ = fd }", "main.go:15:33: Fd taken as a value names descriptor 3 for the script's standard error under socklab"},
		{"a file's descriptor as a method expression", "func main() { fd := (*os.File).Fd; _ = fd }", "main.go:15:32: Fd taken as a value names descriptor 3"},
		{"a file's raw connection as a value", "func main() {\n\tf := os.Stdout\n\tc := f.SyscallConn\n\t_ = c\n}", "main.go:17:9: SyscallConn taken as a value names descriptor 3"},
		{"interface case of a script's value", "type S struct{}\n\nfunc (*S) String() string { return \"\" }\n\nfunc main() {\n\tvar v any = S{}\n\tswitch x := v.(type) {\n\tcase fmt.Stringer:\n\t\t_ = x.String()\n\t}\n}", "without its methods"},
		{"an assertion of a value a channel gave back, which holds a script's struct with a String method", "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc main() {\n\tch := make(chan any, 1)\n\tch <- P{}\n\tv := <-ch\n\t_, ok := v.(fmt.Stringer)\n\t_ = ok\n}", "main.go:23:14: the interpreter does not see that a value the script made implements fmt.Stringer"},
		{"an interface case of an operand that holds a pooled type and a struct with a String method, naming the struct", "type C float64\n\nfunc (C) String() string { return \"\" }\n\ntype S struct{}\n\nfunc (S) String() string { return \"\" }\n\nfunc main() {\n\tfor _, v := range []any{C(1), &S{}} {\n\t\tswitch v.(type) {\n\t\tcase fmt.Stringer:\n\t\t}\n\t}\n}", "does not match a *S here"},
		{"an assertion of what a function returns of another's results handed on whole", "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc two() (P, error) { return P{}, nil }\n\nfunc wrap() (any, error) { return two() }\n\nfunc main() {\n\tv, _ := wrap()\n\t_, ok := v.(fmt.Stringer)\n\t_ = ok\n}", "main.go:25:14: the interpreter does not see that a value the script made implements fmt.Stringer"},
		{"an assertion of a parameter given another call's results whole", "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc two() (P, error) { return P{}, nil }\n\nfunc take(v any, err error) {\n\t_, ok := v.(fmt.Stringer)\n\t_ = ok\n}\n\nfunc main() { take(two()) }", "main.go:22:14: the interpreter does not see that a value the script made implements fmt.Stringer"},
		{"an assertion of a map's key of interface type", "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc main() {\n\tseen := map[any]bool{}\n\tseen[P{}] = true\n\tfor k := range seen {\n\t\t_, ok := k.(fmt.Stringer)\n\t\t_ = ok\n\t}\n}", "main.go:23:15: the interpreter does not see that a value the script made implements fmt.Stringer"},
		{"an assertion of a variable a range statement assigns", "type P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc main() {\n\tvar v any\n\tfor _, v = range []P{{}} {\n\t}\n\t_, ok := v.(fmt.Stringer)\n\t_ = ok\n}", "main.go:23:14: the interpreter does not see that a value the script made implements fmt.Stringer"},
		{"interface case of a script's value type", "type S struct{}\n\nfunc (S) String() string { return \"\" }\n\nfunc main() {\n\tvar v any = &S{}\n\tswitch v.(type) {\n\tcase fmt.Stringer:\n\t}\n}", "does not match a *S here"},
		{"case of a script's interface", "type U interface{ Handle(int) error }\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase U:\n\t}\n}", "case U: the interpreter's type switch does not match an interface the script declares"},
		{"case of an interface literal", "func main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase interface{ Timeout() int }:\n\t}\n}", "does not match an interface the script declares"},
		{"case of a basic named type with methods", "type C float64\n\nfunc (C) Kelvin() float64 { return 0 }\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase C:\n\t}\n}", "case C: the interpreter cannot tell C from float64 in a type switch: give C no methods"},
		{"assertion of a basic named type with methods", "type K uint8\n\nfunc (*K) String() string { return \"\" }\n\nfunc main() {\n\tvar v any\n\t_, _ = v.(K)\n}", "main.go:21:12: the interpreter cannot tell K from uint8 in a type assertion: give K no methods"},
		{"case of a struct type an unnamed one looks like", "type A struct{ V int }\ntype B struct{ V int }\n\nfunc main() {\n\tvar v any = struct{ V int }{}\n\tswitch v.(type) {\n\tcase A:\n\t}\n\t_ = B{}\n}", "main.go:21:7: case A: the interpreter cannot tell A from "},
		{"case of a struct type declared on a lookalike one", "type A struct{ V int }\ntype B struct{ V int }\ntype C A\n\nfunc main() {\n\tvar v any = B{}\n\tswitch v.(type) {\n\tcase A, C:\n\t}\n}", "main.go:22:7: case A: the interpreter cannot tell A from B in a type switch"},
		{"assertion of a slice type a named one looks like", "type List []int\n\nfunc main() {\n\tvar v any = List{}\n\t_, _ = v.([]int)\n}", "main.go:19:12: the interpreter cannot tell []int from List in a type assertion"},
		{"case of a basic named type with a String method that a struct embeds", "type K uint8\n\nfunc (K) String() string { return \"\" }\n\ntype M struct {\n\tK\n\tN int\n}\n\nfunc main() {\n\tvar v any = M{}\n\t_, _ = v.(K)\n}", "main.go:26:12: the interpreter cannot tell K from uint8 in a type assertion: give the field that embeds K a name (K K)"},
		{"case of a basic named type declared in a function", "func main() {\n\ttype C float64\n\tvar v any\n\tswitch v.(type) {\n\tcase C:\n\t}\n}", "declare C at the top level of the file"},
		{"recovered script value wrapped with %w", "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc run() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"recovered: %w\", r)\n\t\t}\n\t}()\n\tpanic(&E{2})\n}\n\nfunc main() { _ = run() }", "main.go:22:38: the panic at main.go:25:2 carries a value of a type the script declares, which recover returns without the interpreter's record of its type, so fmt.Errorf's %w does not see its Error method"},
		{"recovered script error", "type E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tdefer func() {\n\t\tr := recover()\n\t\t_, _ = r.(error)\n\t}()\n\tpanic(&E{})\n}", "main.go:22:13: the interpreter does not see that a value the script made implements error"},
		{"errors.As with a value target whose Error has a pointer receiver", "type E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar e E\n\terrors.As(nil, &e)\n}", "errors.As does not find an error of type E"},
		{"errors.As with a value target of a type declared in a function", "func main() {\n\ttype E struct{ error }\n\tvar e E\n\terrors.As(nil, &e)\n}", "main.go:18:2: errors.As does not find an error of type E"},
		{"errors.As with a value target of a generic error type", "type E[T any] struct{ V T }\n\nfunc (E[T]) Error() string { return \"\" }\n\nfunc main() {\n\tvar e E[int]\n\terrors.As(nil, &e)\n}", "errors.As does not find an error of type E[int]"},
		{"errors.As with a value target of a type declared on a lookalike one", "type A struct{ C int }\ntype B A\n\nfunc (A) Error() string { return \"\" }\nfunc (B) Error() string { return \"\" }\n\nfunc main() {\n\tvar b B\n\terrors.As(nil, &b)\n}", "cannot tell B from A"},
		{"errors.As with lookalike types", "type A struct{ C int }\ntype B A\n\nfunc (*A) Error() string { return \"\" }\n\nfunc main() {\n\tvar a *A\n\terrors.As(nil, &a)\n}", "cannot tell A from B"},
		{"errors.As with a target of an interface a script's error implements", "type T struct{ error }\n\nfunc (T) String() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.Stringer\n\terrors.As(nil, &s)\n}", "main.go:21:17: errors.As does not see that an error of type T the script made is a fmt.Stringer in the interpreter"},
		{"assertion to an interface literal", "func main() {\n\tvar err error\n\t_, _ = err.(interface{ Timeout() bool })\n}", "main.go:17:14: the interpreter's assertion to interface{Timeout() bool}, an interface the script declares, never matches a value of Go's library"},
		{"assertion to a script's interface", "type T interface{ Temporary() bool }\n\nfunc main() {\n\tvar err error\n\t_, _ = err.(T)\n}", "main.go:19:14: the interpreter's assertion to T, an interface the script declares"},
		{"errors.As with a target of a script's interface", "type T interface{ Timeout() bool }\n\nfunc main() {\n\tvar t T\n\terrors.As(nil, &t)\n\t_ = t\n}", "main.go:19:17: errors.As never finds an error of Go's library as T, an interface the script declares"},
		{"errors.As with a target of an interface literal", "func main() {\n\tvar t interface{ Timeout() bool }\n\terrors.As(nil, &t)\n\t_ = t\n}", "main.go:17:17: errors.As never finds an error of Go's library as interface{Timeout() bool}"},
		{"recovering a slice error of two bounds calls return", "func at() int { return 1 }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\ts := \"ab\"\n\t_ = s[at():at()]\n}", "the slice expression at main.go:20:6"},
		{"recovering an index error of elements assigned together", "func at() int { return 1 }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\ts, t := []int{1}, []int{2}\n\ts[at()], t[at()] = 1, 2\n}", "the index at main.go:20:2"},
		{"recovering an index error of an operand a call returns after another call", "func first() []int { return nil }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\t_ = len(fmt.Sprint(1)) + first()[2]\n}", "the index at main.go:19:27"},
		{"recovering a failed assertion of the value another deferred literal recovered, deferred before it", "func f() (err error) {\n\tdefer func() { fmt.Println(recover()) }()\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = r.(error)\n\t\t}\n\t}()\n\tpanic(\"x\")\n}\n\nfunc main() { f() }", "the type assertion at main.go:19:10"},
		{"recovering a failed assertion of a literal deferred in a loop, which another run of it recovers", "func f() (err error) {\n\tfor i := 0; i < 2; i++ {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\terr = r.(error)\n\t\t\t}\n\t\t}()\n\t}\n\tpanic(\"x\")\n}\n\nfunc main() { f() }", "the type assertion at main.go:19:11"},
		{"recovering a failed assertion of a deferred literal, in a function that a recovering one calls", "func f() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = r.(error)\n\t\t}\n\t}()\n\tpanic(\"x\")\n}\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}", "the type assertion at main.go:18:10"},
		{"recovering a failed type assertion", "func main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tvar x any = 1\n\t_ = x.(string)\n}", "the type assertion at main.go:18:6"},
		{"%T of an interface that may hold a type declared in a function", "func main() {\n\ttype P struct{}\n\tvar v any = P{}\n\tfmt.Printf(\"%T\\n\", v)\n}", "%T of a value of interface type that may hold a type the script declares"},
		{"%T of an interface that may hold a generic type", "type P[T any] struct{ v T }\n\nfunc main() {\n\tvar v any = P[int]{}\n\tfmt.Printf(\"%T\\n\", v)\n}", "%T of a value of interface type that may hold a type the script declares"},
		{"%#v of an interface that may hold a lookalike pointer", "type P struct{ N int }\n\nfunc main() {\n\tvar v any = &P{}\n\tfmt.Printf(\"%#v %v\\n\", v, &struct{ N int }{})\n}", "%#v of a value of interface type"},
		{"%T by index of an interface that may hold a type declared in a function", "func main() {\n\ttype P struct{}\n\tvar v any = P{}\n\tfmt.Printf(\"%[1]v %[1]T\\n\", v)\n}", "main.go:18:30: %T of a value of interface type that may hold a type the script declares"},
		{"a format known only at run time of an any that holds a type declared in a function", "func logf(f string, args ...any) { log.Printf(f, args...) }\n\nfunc main() {\n\ttype probe struct{ host string }\n\tlogf(\"%v\", probe{\"a\"})\n}", "main.go:15:50: the verbs that print this value are known only at run time, and this value of any may hold a probe, which the interpreter hands fmt as its own type (%T, %#v and %+v print its names, not Go's): declare probe at the top level of the file"},
		{"an extra argument of a constant format of an interface that may hold a type declared in a function", "func main() {\n\ttype P struct{}\n\tvar v any = P{}\n\tfmt.Printf(\"%d\\n\", 1, v)\n}", "main.go:18:24: %T of a value of interface type that may hold a type the script declares"},
		{"a format known only at run time of an any that holds a slice of a script's type", "type P struct{ n int }\n\nfunc main() {\n\tf := \"%+v\"\n\tvar v any = []P{{1}}\n\tfmt.Printf(f, v)\n}", "main.go:20:16: the verbs that print this value are known only at run time, and this value of any may hold a []P"},
		{"a format known only at run time of an any that a generic function's value of a local type reaches", "func logf(f string, args ...any) { log.Printf(f, args...) }\n\nfunc each[T any](xs []T) {\n\tfor _, x := range xs {\n\t\tlogf(\"%v\", x)\n\t}\n}\n\nfunc main() {\n\ttype probe struct{ host string }\n\teach([]probe{{\"a\"}})\n}", "main.go:15:50: the verbs that print this value are known only at run time, and this value of any may hold a probe"},
		{"a constant format with a spread slice of an any that holds a type declared in a function", "func main() {\n\ttype probe struct{ host string }\n\targs := []any{probe{\"a\"}}\n\tfmt.Printf(\"%+v\\n\", args...)\n}", "main.go:18:22: the verbs that print this value are known only at run time, and this value of any may hold a probe"},
		{"a format known only at run time of a type parameter that an instance makes a script's type", "type P struct{ n int }\n\nfunc show[T any](f string, v T) { fmt.Printf(f, v) }\n\nfunc main() { show(\"%v\", P{}) }", "main.go:17:49: the verbs that print this value are known only at run time, and a value of T, which an instance makes P"},
		{"JSON of an error that may hold a script's error", "type E struct{ Code int }\n\nfunc (e *E) Error() string { return \"e\" }\n\nfunc main() {\n\tvar err error = &E{3}\n\t_, _ = json.Marshal(err)\n}", "hands the encoder a value of error that holds a type the script declares"},
		{"JSON of a field of a script's interface", "type Shape interface{ Area() int }\ntype Sq struct{ S int }\n\nfunc (s Sq) Area() int { return s.S }\n\ntype Doc struct{ S Shape }\n\nfunc main() { _, _ = json.Marshal(Doc{Sq{2}}) }", "hands the encoder a value of Shape"},
		{"decoding JSON into a struct that embeds one", "type Meta struct{ V int }\ntype Order struct {\n\tMeta\n\tID int\n}\n\nfunc main() {\n\tvar o Order\n\t_ = json.Unmarshal(nil, &o)\n}", "do not embed Meta"},
		{"decoding JSON into a target given twice", "type P struct{ N int }\n\nfunc get() *P { return &P{} }\n\nfunc main() { _ = json.Unmarshal(nil, get()) }", "decoding errors do not name a struct type"},
		{"XML of a type with MarshalXML", "type P struct{ N int }\n\nfunc (P) MarshalXML(e *xml.Encoder, s xml.StartElement) error { return nil }\n\nfunc main() { _, _ = xml.Marshal([]P{{1}}) }", "main.go:19:34: the interpreter does not let encoding/xml call the MarshalXML method"},
		{"XML through an Encoder of a type with MarshalText", "type L int\n\nfunc (L) MarshalText() ([]byte, error) { return nil, nil }\n\nfunc main() { _ = xml.NewEncoder(os.Stdout).Encode(L(1)) }", "call the MarshalText method"},
		{"XML of a struct that embeds a type of Go's library", "type E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\t*log.Logger\n}\n\nfunc main() { _, _ = xml.Marshal(E{}) }", "socklab cannot embed a type of Go's library for encoding/xml: give the field a name (Logger Logger)"},
		{"XML of an error that may hold a script's error", "type E struct{ Code int }\n\nfunc (e *E) Error() string { return \"e\" }\n\nfunc main() {\n\tvar err error = &E{3}\n\t_, _ = xml.Marshal(err)\n}", "hands the encoder a value of error that holds a type the script declares"},
		{"decoding XML into an array of a script's structs, which the interpreter makes one type with a struct literal's", "type P struct{ N int }\ntype L struct{ A [2]P }\n\nfunc main() {\n\tvar l L\n\t_ = xml.Unmarshal(nil, &l)\n}\n\nvar _ = struct{ N int }{}", "the decoder's error for the field A of type [2]P names the interpreter's type"},
		{"XML through EncodeElement of a type with MarshalXML", "type P struct{ N int }\n\nfunc (P) MarshalXML(e *xml.Encoder, s xml.StartElement) error { return nil }\n\nfunc main() { _ = xml.NewEncoder(os.Stdout).EncodeElement(P{}, xml.StartElement{}) }", "main.go:19:59: the interpreter does not let encoding/xml call the MarshalXML method"},
		{"XML of a map of a script's structs, which the interpreter makes one type with a struct literal's", "type P struct{ N int }\ntype L struct {\n\tXMLName xml.Name `xml:\"l\"`\n\tM       map[string]P\n}\n\nfunc main() { _, _ = xml.Marshal(&L{}) }\n\nvar _ = struct{ N int }{}", "the encoder's error for the field M of type map[string]P names the interpreter's type"},
		{"XML of a struct whose tag encoding/xml rejects, which the interpreter makes one type with a struct literal's", "type P struct {\n\tXMLName xml.Name `xml:\"p\"`\n\tN       int `xml:\"n,attr,chardata\"`\n}\n\nfunc main() { _, _ = xml.Marshal(P{}) }\n\nvar _ = struct {\n\tXMLName xml.Name `xml:\"p\"`\n\tN       int `xml:\"n,attr,chardata\"`\n}{}", "encoding/xml rejects the tag of the field N of P (invalid flags)"},
		{"decoding XML into an unexported embedded string", "type tag string\ntype S struct {\n\ttag\n\tN int\n}\n\nfunc main() {\n\tvar s S\n\t_ = xml.Unmarshal(nil, &s)\n}", "Go's decoder panics filling the unexported embedded field tag"},
		{"XML of a type declared on a struct of Go's library", "type Stamp log.Logger\n\nfunc main() { _, _ = xml.Marshal(&Stamp{}) }", "Stamp is declared on a struct of Go's library"},
		{"XML of a struct whose tags put two fields on one path, which the interpreter makes one type with a struct literal's", "type P struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}\n\nfunc main() { _, _ = xml.Marshal(P{}) }\n\nvar _ = struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}{}", "encoding/xml finds the tags of two fields of P in conflict (field A with tag \"a\" conflicts with field B with tag \"a\")"},
		{"XML of an any that holds a struct with conflicting tags, which the interpreter makes one type with a struct literal's", "type P struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}\n\nfunc main() {\n\tvar v any = P{}\n\t_, _ = xml.Marshal(v)\n}\n\nvar _ = struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}{}", "main.go:22:21: this value of interface type may hold a P: encoding/xml finds the tags"},
		{"decoding XML into an any that holds a pointer to a struct with a map, which the interpreter makes one type with a struct literal's", "type I struct{ N int }\ntype P struct{ M map[string]I }\n\nfunc main() {\n\tvar v any = &P{}\n\t_ = xml.Unmarshal(nil, v)\n}\n\nvar _ = struct{ N int }{}", "this value of interface type may hold a P: the decoder's error for the field M"},
		{"XML of a map of a script's structs itself, which the interpreter makes one type with a struct literal's", "type I struct{ N int }\n\nfunc main() { _, _ = xml.Marshal(map[string]I{}) }\n\nvar _ = struct{ N int }{}", "encoding/xml's error for a value of map[string]I names the interpreter's type of it"},
		{"decoding XML into a type with UnmarshalXML", "type P struct{ N int }\n\nfunc (*P) UnmarshalXML(d *xml.Decoder, s xml.StartElement) error { return nil }\n\nfunc main() {\n\tvar p P\n\t_ = xml.Unmarshal(nil, &p)\n}", "call the UnmarshalXML method"},
		{"a script's value with methods in a []any, whose pointer has the form of another type's", "type L struct{ n int }\n\nfunc (L) String() string { return \"\" }\n\nfunc main() { fmt.Println([]any{L{1}}, &struct{ n int }{}) }", "where the interpreter keeps a value of L"},
		{"an interface that may hold a struct declared in a function with a Stringer inside", "type L struct{ n int }\n\nfunc (L) String() string { return \"\" }\n\nfunc main() {\n\ttype Row struct{ L L }\n\tvar x any = Row{}\n\tfmt.Println(x)\n}", "may hold a Row, which fmt prints differently in the interpreter when it reaches it as any: declare Row at the top level of the file"},
		{"a []any spread into a format's arguments", "type L struct{ n int }\n\nfunc (L) String() string { return \"\" }\n\nfunc main() {\n\txs := []any{L{1}}\n\tfmt.Printf(\"%v\\n\", xs...)\n}", "where the interpreter keeps a value of L"},
		{"an interface that may hold a struct with a Stringer inside, of a form another type has", "type L struct{ n int }\n\nfunc (L) String() string { return \"\" }\n\ntype A struct{ L L }\n\nfunc main() {\n\tvar x any = A{}\n\tfmt.Println(x, struct{ L L }{})\n}", "may hold a A, which fmt prints differently"},
		{"%d of an interface that may hold a Stringer whose pointer has the form of another type's", "type L struct{ n int }\n\nfunc (L) String() string { return \"\" }\n\nfunc main() {\n\tvar x fmt.Stringer = L{1}\n\tfmt.Printf(\"%d %v\\n\", x, &struct{ n int }{})\n}", "may hold a L"},
		{"== of an error and an interface the script declares that a struct value implements", "type F interface {\n\terror\n\tFatal() bool\n}\n\ntype f struct{ m string }\n\nfunc (v f) Error() string { return v.m }\nfunc (f) Fatal() bool     { return false }\n\nvar One F = f{\"one\"}\n\nfunc main() {\n\tvar e error = One\n\t_ = e == One\n}", "the interpreter keeps a f converted from F to error in a wrapper that holds its contents without its type, not the f, so this comparison would not find the two equal where Go does"},
		{"json.Marshal and an Encoder's Encode taken as values beside a type with MarshalJSON", "type L int\n\nfunc (L) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\tm := json.Marshal\n\t_, _ = m(L(1))\n\tsend := json.NewEncoder(os.Stdout).Encode\n\t_ = send\n}", "main.go:20:7: json.Marshal taken as a value: socklab lets encoding/json call the script's own MarshalJSON"},
		{"a case of a struct value on an error", "type R struct{ Why string }\n\nfunc (r R) Error() string { return r.Why }\n\nfunc main() {\n\tvar err error = R{}\n\tswitch err.(type) {\n\tcase R:\n\t}\n}", "main.go:22:7: case R: the interpreter keeps a R stored as error in a wrapper that holds one of its fields, not the struct, so this type switch never matches it"},
		{"an assertion of a struct value from a fmt.GoStringer", "type R struct{ n int }\n\nfunc (R) GoString() string { return \"\" }\n\nfunc get() fmt.GoStringer { return R{} }\n\nfunc main() { _, _ = get().(R) }", "the interpreter keeps a R stored as fmt.GoStringer in a wrapper that holds one of its fields, not the struct, so this type assertion never finds it"},
		{"an assertion of an empty interface that a struct's wrapper reaches through a variable", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tvar a any = s\n\tvar b = a\n\t_, _ = b.(P)\n\t_ = a == P{}\n\tm := map[any]int{}\n\tm[a]++\n\tswitch a.(type) {\n\tcase P:\n\t}\n}", "main.go:23:12: the interpreter keeps a P stored as fmt.GoStringer in a wrapper that holds one of its fields, not the struct, and the value stored as an empty interface at main.go:21:14 stays in it, so this type assertion never finds it"},
		{"== of an empty interface that holds a struct's wrapper", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tvar a any = s\n\tvar b = a\n\t_, _ = b.(P)\n\t_ = a == P{}\n\tm := map[any]int{}\n\tm[a]++\n\tswitch a.(type) {\n\tcase P:\n\t}\n}", "main.go:24:8: the interpreter keeps a P stored as fmt.GoStringer"},
		{"a map's key that holds a struct's wrapper", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tvar a any = s\n\tvar b = a\n\t_, _ = b.(P)\n\t_ = a == P{}\n\tm := map[any]int{}\n\tm[a]++\n\tswitch a.(type) {\n\tcase P:\n\t}\n}", "main.go:26:4: the interpreter keeps a P stored as fmt.GoStringer"},
		{"a case on an empty interface that holds a struct's wrapper", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tvar a any = s\n\tvar b = a\n\t_, _ = b.(P)\n\t_ = a == P{}\n\tm := map[any]int{}\n\tm[a]++\n\tswitch a.(type) {\n\tcase P:\n\t}\n}", "main.go:28:7: case P: the interpreter keeps a P stored as fmt.GoStringer"},
		{"an assertion where a struct's wrapper is passed on as an empty interface", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\nfunc keep(v any) {}\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tkeep(s)\n\tvar a any = P{}\n\t_, _ = a.(P)\n}", "main.go:25:12: the interpreter keeps a P stored as fmt.GoStringer in a wrapper that holds one of its fields, not the struct, and the value stored as an empty interface at main.go:23:7"},
		{"a case of a map type on an empty interface that holds its wrapper", "type Set map[string]bool\n\nfunc (Set) GoString() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.GoStringer = Set{}\n\ta := any(s)\n\tswitch a.(type) {\n\tcase Set:\n\t}\n}", "main.go:23:7: case Set: the interpreter keeps a Set stored as fmt.GoStringer in a wrapper that holds its value without its type, and the value stored as an empty interface at main.go:21:11"},
		{"a nil pointer as fmt.Fprintln's writer", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\nfunc (*W) String() string { return \"w\" }\n\nfunc main() {\n\tvar w *W\n\tfmt.Fprintln(w, 1)\n}", "a nil *W handed to fmt.Fprintln as io.Writer"},
		{"XML of a struct without a name with an unexported field, whose element encoding/xml cannot name", "func main() {\n\tv := struct {\n\t\tName string\n\t\tage  int\n\t}{\"ann\", 3}\n\t_, err := xml.Marshal(&v)\n\tfmt.Println(err)\n}", "main.go:20:24: encoding/xml names no element for struct{Name string; age int}, a struct type without a name, and its error (xml: unsupported type) spells the type with the unexported field age as the interpreter renames it, Xage"},
		{"XML of an any that holds one", "func main() {\n\tvar v any = []struct{ N, n int }{}\n\t_, _ = xml.Marshal(v)\n}", "this value of interface type may hold a []struct{N int; n int}: encoding/xml names no element"},
		{"XML of a struct without a name with an unexported field and a rejected tag", "type E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\tIn      struct {\n\t\tN int `xml:\"n,attr,chardata\"`\n\t\tn int\n\t}\n}\n\nfunc main() { _, _ = xml.Marshal(E{}) }", "encoding/xml rejects the tag of the field N of struct{N int \"xml:\\\"n,attr,chardata\\\"\"; n int} (invalid flags)"},
		{"XML of a map of structs without a name with an unexported field", "type E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\tM       map[string]struct{ n int }\n}\n\nfunc main() { _, _ = xml.Marshal(E{}) }", "encoding/xml cannot handle the field M of type map[string]struct{n int}"},
		{"a value of a type declared in a function compared with an error", "func main() {\n\ttype L struct{ error }\n\tvar err error\n\t_ = err == L{}\n}", "the interpreter keeps a L stored as error in a wrapper of its own, so err compared with L{} is not equal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			hasRefusal(t, got, tt.want)
		})
	}
}

// TestAccepts lists Go that the interpreter runs as Go does, which must not
// be refused.
func TestAccepts(t *testing.T) {
	tests := []struct{ name, body string }{
		{"an interface case and an assertion where the operand holds only Go's values and a type of lift's pool with a String method", "type C float64\n\nfunc (c C) String() string { return \"c\" }\n\nfunc describe(v any) string {\n\tswitch x := v.(type) {\n\tcase fmt.Stringer:\n\t\treturn x.String()\n\t}\n\t_, ok := v.(json.Marshaler)\n\t_ = ok\n\treturn \"\"\n}\n\nfunc main() {\n\tc := C(1)\n\t_, _, _ = describe(c), describe(&c), describe(3)\n}"},
		{"an assertion to an interface a script's struct implements, of an operand that never holds it", "type P struct{ N int }\n\nfunc (p *P) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\t_, _ = json.Marshal(&P{})\n\tvar v any = \"text\"\n\t_, ok := v.(json.Marshaler)\n\t_ = ok\n}"},
		{"extra arguments of a constant format, which fmt names, of a script's type and an interface that holds one of the top level, lifted by the rewrite", "type P struct{ n int }\n\nfunc main() {\n\tvar v any = P{}\n\tfmt.Printf(\"%d\\n\", 1, P{}, v)\n}"},
		{"a format with argument indexes of a script's type, and of an interface that holds one of the top level, lifted by the rewrite", "type P struct{ n int }\n\nfunc main() {\n\tvar v any = P{}\n\tfmt.Printf(\"%[1]T %[1]+v %[2]v\\n\", P{}, v)\n}"},
		{"a format known only at run time of script types the rewrite asks an interface for, and of a local type's value", "type P struct{ n int }\ntype E struct{}\n\nfunc (*E) Error() string { return \"e\" }\n\nfunc logf(f string, args ...any) { log.Printf(f, args...) }\n\nfunc main() {\n\ttype L struct{ n int }\n\tvar err error = &E{}\n\tlogf(\"%v %T\", P{}, &P{})\n\tf := \"%+v %v\"\n\tfmt.Printf(f, L{1}, err)\n\tvar x any = 3\n\tfmt.Printf(f, x, []any{P{}})\n}"},
		{"== of an error and an interface the script declares that only a pointer implements, and of the interface with nil", "type F interface {\n\terror\n\tFatal() bool\n}\n\ntype f struct{ m string }\n\nfunc (v *f) Error() string { return v.m }\nfunc (*f) Fatal() bool     { return false }\n\nvar One F = &f{\"one\"}\n\nfunc main() {\n\tvar e error = One\n\t_ = e == One\n\t_ = One == nil\n}"},
		{"json.Marshal taken as a value where no type has methods of encoding/json's, and called directly beside one", "type P struct{ N int }\n\nfunc main() {\n\tm := json.Marshal\n\t_, _ = m(P{1})\n}"},
		{"errors.Join of a value error type, and of a variable of type error that holds one", "type T struct{ n int }\n\nfunc (T) Error() string { return \"\" }\n\nfunc main() {\n\tvar e error = T{1}\n\t_ = errors.Join(T{}, e, nil)\n}"},
		{"writing to standard error, and the descriptors of the standard streams, called (lifted by the rewrite)", "func main() {\n\tfmt.Fprintln(os.Stderr, os.Stderr.Name())\n\t_, _ = os.Stdout.Fd(), os.Stdin.Fd()\n\tf := os.Stderr\n\tfmt.Println(os.Stderr.Fd(), (f).Fd())\n}"},
		{"decoding XML into an array of a script's structs, lifted by the rewrite", "type P struct{ N int }\ntype L struct{ A [2]P }\n\nfunc main() {\n\tvar l L\n\t_ = xml.Unmarshal(nil, &l)\n}"},
		{"decoding XML into a field whose tag ends in >, lifted by the rewrite", "type P struct{ N int `xml:\"a>\"` }\n\nfunc main() {\n\tvar p P\n\t_ = xml.Unmarshal(nil, &p)\n}"},
		{"XML of a field named other than its type's XMLName, lifted by the rewrite", "type In struct {\n\tXMLName xml.Name `xml:\"in\"`\n}\ntype C struct{ I In `xml:\"other\"` }\n\nfunc main() { _, _ = xml.Marshal([]C{}) }"},
		{"XML of a struct whose tag puts a field inside another's element, lifted by the rewrite", "type P struct {\n\tA string `xml:\"x>y\"`\n\tB string `xml:\"x\"`\n}\n\nfunc main() { _, _ = xml.Marshal(&P{}) }"},
		{"XML of a struct whose untagged field is named by its type's XMLName as another's tag, lifted by the rewrite", "type In struct {\n\tXMLName xml.Name `xml:\"in\"`\n}\ntype P struct {\n\tK In\n\tL In `xml:\"in\"`\n}\n\nfunc main() { _, _ = xml.Marshal(P{}) }"},
		{"XML of an []any that holds a struct with a rejected tag, lifted by the rewrite", "type P struct{ N int `xml:\"n,attr,chardata\"` }\n\nfunc main() { _, _ = xml.Marshal([]any{P{}}) }"},
		{"decoding XML into a *any that holds a pointer to a struct with conflicting tags, lifted by the rewrite", "type P struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}\n\nfunc main() {\n\tvar v any = &P{}\n\t_ = xml.Unmarshal(nil, &v)\n}"},
		{"XML of an any that holds a map of a script's structs, lifted by the rewrite", "type I struct{ N int }\n\nfunc main() {\n\tm := map[string]any{}\n\tm[\"x\"] = map[string]I{}\n\t_, _ = xml.Marshal(m[\"x\"])\n}"},
		{"XML of a struct with unexported fields, lifted by the rewrite", "type P struct{ n int }\n\nfunc main() { _, _ = xml.Marshal(P{}) }"},
		{"XML of a script's struct with no XMLName, lifted by the rewrite", "type P struct{ N int }\n\nfunc main() { _, _ = xml.Marshal([]P{{1}}) }"},
		{"XML of an any in a script with a struct type, lifted by the rewrite", "type P struct{ N int }\n\nfunc main() {\n\tvar v any = P{1}\n\t_, _ = xml.Marshal(v)\n}"},
		{"XML of a field of type any with a struct of unexported fields about, lifted by the rewrite", "type P struct{ n int }\ntype E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\tBody any\n}\n\nfunc main() { _, _ = xml.Marshal(E{Body: P{}}) }"},
		{"XML of a struct that embeds one, lifted by the rewrite", "type M struct{ V int }\ntype E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\tM\n}\n\nfunc main() { _, _ = xml.Marshal(E{}) }"},
		{"XML decoded into a script's structs of exported fields", "type P struct {\n\tXMLName xml.Name `xml:\"p\"`\n\tN       int      `xml:\"n,attr\"`\n\tTags    []string `xml:\"tags>tag\"`\n\tNext    *P\n\tM       map[string]int `xml:\"-\"`\n\tRaw     [4]int\n}\n\nfunc main() {\n\tvar ps []P\n\t_ = xml.Unmarshal(nil, &ps)\n\t_ = xml.NewDecoder(os.Stdin).Decode(&ps)\n}"},
		{"XML of an any in a script whose struct with conflicting tags is never held by an interface", "type P struct {\n\tA string `xml:\"a\"`\n\tB string `xml:\"a\"`\n}\ntype Q struct{ N int }\n\nfunc main() {\n\tfmt.Println(P{})\n\tvar v any = Q{1}\n\t_, _ = xml.Marshal(v)\n}"},
		{"XML of a struct whose deeper field a shallower one of the same name hides", "type In struct {\n\tA string `xml:\"a\"`\n}\ntype P struct {\n\tIn\n\tB string `xml:\"a\"`\n\tC string `xml:\"x>a\"`\n\tD string `xml:\"a,attr\"`\n}\n\nfunc main() { _, _ = xml.Marshal(P{}) }"},
		{"XML of a struct without a name with an unexported field and an XMLName, lifted by the rewrite", "func main() {\n\tv := struct {\n\t\tXMLName xml.Name `xml:\"person\"`\n\t\tName    string\n\t\tage     int\n\t}{Name: \"ann\", age: 3}\n\t_, _ = xml.Marshal(v)\n}"},
		{"XML of structs without a name in a field, and of exported fields alone", "type E struct {\n\tXMLName xml.Name `xml:\"e\"`\n\tPeople  []struct{ Name string; age int }\n}\n\nfunc main() {\n\t_, _ = xml.Marshal(E{})\n\t_, _ = xml.Marshal(struct{ N int }{})\n}"},
		{"decoding XML into a struct without a name with an unexported field", "func main() {\n\tvar v struct {\n\t\tName string\n\t\tage  int\n\t}\n\t_ = xml.Unmarshal(nil, &v)\n}"},
		{"decoding XML into a struct with an unexported field, lifted by the rewrite", "type P struct {\n\tN int\n\tn int `xml:\"n\"`\n}\n\nfunc main() {\n\tvar p P\n\t_ = xml.Unmarshal(nil, &p)\n}"},
		{"decoding XML into a struct that embeds one, lifted by the rewrite", "type Meta struct{ V int }\ntype Order struct {\n\tMeta\n\tID int\n}\n\nfunc main() {\n\tvar o Order\n\t_ = xml.NewDecoder(os.Stdin).Decode(&o)\n}"},
		{"XML of struct tags encoding/xml takes", "type In struct {\n\tXMLName xml.Name `xml:\"in\"`\n}\ntype E struct {\n\tN int `xml:\"x,omitempty\"`\n\tM int `xml:\"a>b\"`\n\tK In\n\tL In `xml:\"w>in\"`\n\tA int `xml:\",attr\"`\n\tS string `xml:\",chardata\"`\n\tn int `xml:\"a>\"`\n}\n\nfunc main() { _, _ = xml.Marshal(E{n: 1}) }"},
		{"assertions, cases and errors.As of interfaces the script declares whose value is only a receiver, lifted by the rewrite (pass ifassert)", "type T interface{ Temporary() bool }\n\nfunc main() {\n\tvar err error\n\tte, ok := err.(interface{ Timeout() bool })\n\t_ = ok && te.Timeout()\n\t_ = err.(T).Temporary()\n\tvar t T\n\t_ = errors.As(err, &t) && t.Temporary()\n\tswitch e := err.(type) {\n\tcase T:\n\t\t_ = e.Temporary()\n\tcase interface{ Unwrap() error }:\n\t}\n}"},
		{"recovering a failed assertion to the empty interface, which lift makes with Go's message (pass toempty)", "type Event interface{}\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tvar x any\n\t_ = x.(any)\n\t_ = x.(interface{})\n\t_ = x.(Event)\n}"},
		{"an empty interface that holds no struct's wrapper beside one that does, printed, and one that holds a pointer", "type P struct{ X int }\n\nfunc (P) GoString() string { return \"\" }\n\ntype Q []int\n\nfunc (Q) Len() int { return 0 }\n\nfunc main() {\n\tvar s fmt.GoStringer = P{}\n\tvar a any = s\n\tfmt.Println(a, s)\n\tvar b any = P{}\n\t_, _ = b.(P)\n\t_ = b == P{}\n\tvar e error\n\tvar c any = e\n\t_ = c == b\n\tvar p fmt.GoStringer = &P{}\n\tvar d any = p\n\t_, _ = d.(*P)\n}"},
		{"loop variable copied", "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\ti := i\n\t\tgo func() { fmt.Println(i) }()\n\t}\n}"},
		{"loop variable passed as an argument", "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func(i int) { fmt.Println(i) }(i)\n\t}\n}"},
		{"closure called at once", "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfunc() { fmt.Println(i) }()\n\t}\n}"},
		{"defer of a value that does not change", "type C struct{}\n\nfunc (C) Close() {}\n\nfunc main() {\n\tc := C{}\n\tdefer c.Close()\n\tfmt.Println(1)\n}"},
		{"labelled break outside a select", "func main() {\nouter:\n\tfor {\n\t\tfor {\n\t\t\tbreak outer\n\t\t}\n\t}\n}"},
		{"plain break in a switch in a loop", "func main() {\n\tfor i := 0; i < 3; i++ {\n\t\tswitch i {\n\t\tcase 1:\n\t\t\tbreak\n\t\t}\n\t}\n}"},
		{"cases and assertions of basic named types without methods, which runner/rewrite declares as types of lift's pool", "type C float64\ntype F float64\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase C, F, float64:\n\t}\n\t_, _ = v.(C)\n}"},
		{"cases, assertions and comparisons of basic named types with String and Error methods, which runner/rewrite declares as types of lift's pool with those methods", "type K uint8\ntype Code int\n\nfunc (K) String() string { return \"\" }\nfunc (Code) Error() string { return \"\" }\nfunc (Code) String() string { return \"\" }\n\nconst NotFound Code = 404\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase K, uint8, Code, int:\n\t}\n\t_, _ = v.(K)\n\t_, _ = v.(fmt.Stringer)\n\tvar err error = NotFound\n\t_ = err == NotFound\n\t_ = errors.Is(err, NotFound)\n\tvar c Code\n\t_ = errors.As(err, &c)\n}"},
		{"printing an interface or a []any that may hold a type of lift's pool with methods, or a struct that holds one", "type L int\n\nfunc (L) String() string { return \"\" }\n\ntype A struct{ L L }\n\nfunc main() {\n\tvar x any = A{}\n\tvar s fmt.Stringer = L(1)\n\tfmt.Println(x, []any{L(1)})\n\tfmt.Printf(\"%d %v\\n\", s, s)\n}"},
		{"errors.As with struct types of the same fields, and with types of lift's pool on one basic type", "type A struct{ C int }\ntype B struct{ C int }\ntype S int\ntype T int\n\nfunc (*A) Error() string { return \"\" }\nfunc (*B) Error() string { return \"\" }\nfunc (S) Error() string  { return \"\" }\nfunc (T) Error() string  { return \"\" }\n\nfunc main() {\n\tvar a *A\n\tvar b *B\n\tvar s S\n\tvar t T\n\t_ = errors.As(nil, &a) || errors.As(nil, &b) || errors.As(nil, &s) || errors.As(nil, &t)\n}"},
		{"cases of struct types of their own fields", "type A struct{ V int }\ntype B struct{ V, W int }\ntype C struct{ V string }\n\nfunc main() {\n\tvar v any = B{}\n\tswitch v.(type) {\n\tcase A, *A, B, []B, C:\n\t}\n\t_ = []int{}\n}"},
		{"cases of a pointer, and of a struct without fields, on an error", "type P struct{ n int }\ntype Z struct{}\n\nfunc (*P) Error() string { return \"\" }\nfunc (Z) Error() string { return \"\" }\n\nfunc main() {\n\tvar err error = &P{}\n\tswitch err.(type) {\n\tcase *P, Z:\n\t}\n\t_, _ = err.(*P)\n}"},
		{"cases of struct types that look alike, which runner/rewrite marks with tags of their own", "type A struct{ V int }\ntype B struct{ V int }\ntype C struct {\n\tV int `json:\"v\"`\n}\ntype D struct {\n\tV int `json:\"v\"`\n}\n\nfunc main() {\n\tvar v any = B{}\n\tswitch v.(type) {\n\tcase A, B, *A, []B, C, D:\n\t}\n\t_, _ = v.(A)\n}"},
		{"a case of a struct value on any", "type R struct{ Why string }\n\nfunc main() {\n\tvar v any = R{}\n\tswitch v.(type) {\n\tcase R:\n\t}\n\t_, _ = v.(R)\n}"},
		{"concrete cases", "type P struct{}\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase int, string, P, *P:\n\t}\n}"},
		{"errors.As with an interface target no script's error implements", "type T struct{}\n\nfunc (T) String() string { return \"\" }\n\nfunc main() {\n\tvar s fmt.Stringer\n\tvar e error\n\terrors.As(nil, &s)\n\terrors.As(nil, &e)\n}"},
		{"errors.As with value targets of error types declared at the top level, whose own method lift.ErrorsAs takes the value from", "type E struct{ Need, Have int }\ntype Multi []error\ntype Fields map[string]string\n\nfunc (E) Error() string      { return \"\" }\nfunc (Multi) Error() string  { return \"\" }\nfunc (Fields) Error() string { return \"\" }\n\nfunc main() {\n\tvar e E\n\tvar m Multi\n\tvar f Fields\n\t_ = errors.As(nil, &e) || errors.As(nil, &m) || errors.As(nil, &f)\n}"},
		{"errors.As with a pointer target", "type E struct{ Code int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar e *E\n\terrors.As(nil, &e)\n}"},
		{"%v and %s of a Stringer", "type L int\n\nfunc (L) String() string { return \"\" }\n\nfunc main() { fmt.Printf(\"%v %s %5.2f\\n\", L(1), L(2), 1.5); fmt.Println(L(3)) }"},
		{"%+v of a struct", "type P struct{ X int }\n\nfunc main() { fmt.Printf(\"%+v %d\\n\", P{}, 3) }"},
		{"range over a slice and a literal string", "func main() {\n\tfor i, v := range []int{1} {\n\t\t_, _ = i, v\n\t}\n}"},
		{"errors.Join with pointer error types", "type P struct{}\n\nfunc (*P) Error() string { return \"\" }\n\nfunc main() { _ = errors.Join(&P{}, nil) }"},
		{"an error compared with a value of a script's type, by lift.Equal", "type Code int\n\nfunc (c Code) Error() string { return \"\" }\n\nconst NotFound Code = 404\n\nfunc main() {\n\tvar err error = NotFound\n\t_ = err == NotFound\n}"},
		{"errors.Is with a value of a script's type, by lift.ErrorsIs", "type Tag struct{ N string }\n\nfunc (t Tag) Error() string { return t.N }\n\nfunc main() { _ = errors.Is(nil, Tag{\"x\"}) }"},
		{"what errors.Unwrap returns compared with a script's error, by lift.Equal", "type W struct{ Err error }\n\nfunc (w *W) Error() string { return \"\" }\nfunc (w *W) Unwrap() error { return w.Err }\n\nfunc main() {\n\tin := &W{}\n\t_ = errors.Unwrap(&W{Err: in}) == error(in)\n\t_ = errors.Unwrap(&W{Err: in}) == in\n}"},
		{"recovered runtime error of a function called", "func get(s []int, i int) int { return s[i] }\n\nfunc main() {\n\tdefer func() {\n\t\tr := recover()\n\t\tif e, ok := r.(error); ok {\n\t\t\tfmt.Println(\"error:\", e)\n\t\t}\n\t}()\n\tvar m map[string]int\n\tm[\"a\"] = get(nil, 3)\n\tv, ok := any(1).(string)\n\tfmt.Println(v, ok)\n}"},
		{"recovering an index error in its own function", "func main() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(r)\n\t\t}\n\t}()\n\tvar s []int\n\ti := 3\n\t_ = s[i]\n}"},
		{"recovering an index error of an unmarked function", "func get(s []int, _ int) int { return s[3] }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tget(nil, 0)\n}"},
		{"recovering a slice error in a loop", "func cut(s []int, n int) {\n\tfor i := 0; i < n; i++ {\n\t\t_ = s[:i]\n\t}\n}\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tcut(nil, 2)\n}"},
		{"a failed type assertion on a goroutine no recover sees", "func worker(x any) { _ = x.(string) }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tgo worker(1)\n}"},
		{"an index of a call's result in a function no recover sees", "func first() []int { return nil }\n\nfunc show() { fmt.Println(first()[2]) }\n\nfunc main() {\n\tfunc() {\n\t\tdefer func() { fmt.Println(recover()) }()\n\t}()\n\tshow()\n}"},
		{"recovering an index error the marks cannot detail", "type T struct{ s []int }\n\nfunc get(t T, i int) int { return t.all()[i] }\n\nfunc (t T) all() []int { return t.s }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tget(T{}, 2)\n}"},
		{"recovering an index error of an operand a call returns, in its own function", "func first() []int { return nil }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\t_ = first()[2]\n}"},
		{"the recovered value asserted in the one deferred literal that recovers, which no later recover sees", "func wrapped() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = r.(error)\n\t\t}\n\t}()\n\tpanic(errors.New(\"x\"))\n}\n\nfunc safe() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"%v\", r)\n\t\t}\n\t}()\n\treturn nil\n}\n\nfunc main() {\n\tfmt.Println(wrapped(), safe(), recover())\n}"},
		{"recovered script value compared with the script's values (the book's bailout)", "type bailout struct{}\n\ntype code int\n\nfunc main() {\n\tdefer func() {\n\t\tswitch p := recover(); p {\n\t\tcase nil:\n\t\tcase bailout{}, code(3), \"x\":\n\t\tdefault:\n\t\t\tif p != code(5) && p == code(4) {\n\t\t\t\tpanic(p)\n\t\t\t}\n\t\t}\n\t}()\n\tpanic(bailout{})\n}"},
		{"recovered script value compared with an interface's value", "type E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nvar sentinel error = &E{}\n\nfunc main() {\n\tdefer func() {\n\t\tif r := recover(); r == sentinel {\n\t\t}\n\t}()\n\tpanic(&E{})\n}"},
		{"recovered error of Go's wrapped with %w", "func wrap() (err error) {\n\tdefer func() {\n\t\terr = fmt.Errorf(\"%d: %w\", 1, recover().(error))\n\t}()\n\tpanic(errors.New(\"x\"))\n}\n\nfunc main() { _ = wrap() }"},
		{"recovered script value printed with %v", "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc run() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"recovered: %v\", r)\n\t\t}\n\t}()\n\tpanic(&E{2})\n}\n\nfunc main() { _ = run() }"},
		{"recovered script value printed, asserted to its type and switched on", "type bailout struct{}\n\ntype code struct{ n int }\n\nfunc (c code) String() string { return \"\" }\n\nfunc main() {\n\tdefer func() {\n\t\tp := recover()\n\t\tfmt.Printf(\"%v %+v %T %s\\n\", p, p, p, p)\n\t\tb, ok := p.(bailout)\n\t\t_, _ = b, ok\n\t\tswitch x := p.(type) {\n\t\tcase code:\n\t\t\t_ = x.n\n\t\t}\n\t}()\n\tpanic(bailout{})\n}"},
		{"recovered script value in a switch with an interface case", "type bailout struct{}\n\nvar other any = 1\n\nfunc main() {\n\tdefer func() {\n\t\tswitch p := recover(); p {\n\t\tcase bailout{}, other:\n\t\t}\n\t}()\n\tpanic(bailout{})\n}"},
		{"recovered error of Go's", "func main() {\n\tdefer func() { fmt.Printf(\"%v %T\\n\", recover(), recover()) }()\n\tpanic(errors.New(\"x\"))\n}"},
		{"errors.Is past a script's Unwrap", "type W struct{ Err error }\n\nfunc (w *W) Error() string { return \"\" }\nfunc (w *W) Unwrap() error { return w.Err }\nfunc (w *W) Is(err error) bool { return false }\n\nfunc main() {\n\terr := &W{Err: os.ErrClosed}\n\t_ = errors.Is(err, os.ErrClosed)\n\t_ = errors.Unwrap(err) == os.ErrClosed\n\tvar w *W\n\t_ = errors.As(err, &w)\n}"},
		{"an Unwrap method returning several errors (package rewrite adds a method of socklab's name)", "type M struct{ errs []error }\n\nfunc (m *M) Error() string { return \"\" }\nfunc (m *M) Unwrap() []error { return m.errs }\n\nfunc main() { _ = errors.Is(&M{}, nil) }"},
		{"an As method, and an Is of another signature", "type A struct{}\n\nfunc (*A) Error() string { return \"\" }\nfunc (*A) As(any) bool { return false }\nfunc (*A) Is(any) bool { return false }\n\nfunc main() {}"},
		{"%T of a script type", "type P struct{}\n\nfunc main() { fmt.Printf(\"%T\\n\", P{}) }"},
		{"%d of a Stringer", "type L int\n\nfunc (L) String() string { return \"\" }\n\nfunc main() { fmt.Printf(\"%d\", L(1)) }"},
		{"a Stringer in a slice", "type L int\n\nfunc (L) String() string { return \"\" }\n\nfunc main() { fmt.Println([]L{1}) }"},
		{"a Stringer to a Logger's method", "type L int\n\nfunc (L) String() string { return \"\" }\n\nfunc main() { log.New(os.Stdout, \"\", 0).Println(L(1)) }"},
		{"%+v of unexported fields", "type p struct{ x int }\n\nfunc main() { fmt.Printf(\"%+v\\n\", p{}) }"},
		{"JSON of script values held as any", "type P struct{ X int }\ntype M struct{ Body any }\n\nfunc main() { _, _ = json.Marshal(M{P{1}}); _, _ = json.Marshal(map[string]any{\"p\": P{2}}) }"},
		{"JSON of an error where the script declares no error type", "type P struct{ X int }\n\nfunc main() { _, _ = json.Marshal(struct{ Err error }{}); _ = P{} }"},
		{"JSON of script structs", "type P struct {\n\tN    int\n\tsecret string\n}\ntype Q struct {\n\tP\n\tM int\n}\n\nfunc main() {\n\tb, _ := json.Marshal(Q{})\n\tvar p P\n\t_ = json.Unmarshal(b, &p)\n\t_ = json.NewDecoder(os.Stdin).Decode(&p)\n}"},
		{"a []any where no type has methods", "type P struct{ X int }\n\nfunc main() { fmt.Println([]any{P{1}, 2}, map[string]any{\"a\": P{}}) }"},
		{"an error printed with %v and %w", "type E struct{ Op string }\n\nfunc (e *E) Error() string { return e.Op }\n\nfunc main() {\n\tvar err error = &E{}\n\tfmt.Println(err, fmt.Errorf(\"x: %w\", err))\n}"},
		{"a deferred call of a literal in a variable (pass closureframe)", "func main() {\n\tf := func() {}\n\tdefer f()\n}"},
		{"a deferred literal that calls a literal in a variable, with recover", "func main() {\n\tvar report func(any)\n\treport = func(v any) { fmt.Println(v) }\n\tdefer func() { report(recover()) }()\n}"},
		{"recover in a literal called by the deferred literal", "func main() {\n\tcatch := func() any { return recover() }\n\tdefer func() { fmt.Println(catch()) }()\n}"},
		{"recover compared with nil", "func main() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(r)\n\t\t}\n\t}()\n}"},
		{"defer through a pointer that stays", "type S struct{ n int }\n\nfunc (s *S) Done() {}\n\nfunc main() {\n\ts := &S{}\n\tdefer s.Done()\n\ts.n++\n}"},
		{"break out of a select", "func main() {\n\tc := make(chan int)\nloop:\n\tfor {\n\t\tselect {\n\t\tcase <-c:\n\t\t\tbreak loop\n\t\t}\n\t}\n}"},
		{"plain break in a select in a loop", "func main() {\n\tc := make(chan int)\n\tfor {\n\t\tselect {\n\t\tcase <-c:\n\t\t\tbreak\n\t\t}\n\t}\n}"},
		{"interface case", "func main() {\n\tvar v any\n\tswitch v.(type) {\n\tcase error:\n\t}\n}"},
		{"method expression", "type A struct{}\n\nfunc (A) M() {}\n\nfunc main() { f := A.M; f(A{}) }"},
		{"a channel call among variadic arguments", "func gen() chan int { return nil }\n\nfunc merge(cs ...chan int) {}\n\nfunc main() { merge(gen()) }"},
		{"a method value whose receiver changes", "type C struct{ n int }\n\nfunc (c C) Show() int { return c.n }\n\nfunc main() {\n\tc := C{}\n\tf := c.Show\n\tc.n = 2\n\t_ = f\n}"},
		{"a named result hidden", "func f() (n int) {\n\tif n := 2; n > 1 {\n\t\treturn n\n\t}\n\treturn\n}\n\nfunc main() { f() }"},
		{"a deferred call of a function a call returns", "func mk() func() { return func() {} }\n\nfunc main() {\n\tf := mk()\n\tdefer f()\n}"},
		{"a script's pointer to a compiled function's error parameter", "type E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tp := &E{}\n\t_ = errors.Is(p, nil)\n}"},
		{"a pointer made non-nil stored as an error", "type E struct{ Err error }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tinner := &E{}\n\t_ = []error{inner}\n\t_ = E{Err: inner}\n}"},
		{"variadic call with variables", "func gen() chan int { return nil }\n\nfunc merge(cs ...chan int) {}\n\nfunc main() { a := gen(); merge(a) }"},
		{"a nil pointer printed", "type E struct{}\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar p *E\n\tfmt.Println(p)\n\tfmt.Printf(\"%v %s\\n\", p, p)\n}"},
		{"a nil pointer held as any, or as an interface the script declares", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\nfunc (*W) String() string { return \"w\" }\n\ntype Writer interface{ Write([]byte) (int, error) }\n\nfunc main() {\n\tvar w *W\n\tvar x any = w\n\tvar y Writer = w\n\t_, _ = x, y\n}"},
		{"a pointer never nil handed to a compiled function", "type W struct{}\n\nfunc (*W) Write(b []byte) (int, error) { return len(b), nil }\nfunc (*W) String() string { return \"w\" }\n\nfunc main() {\n\tw := &W{}\n\tfmt.Fprintln(w, 1)\n\tvar s fmt.Stringer = w\n\t_ = s\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, tt.body); len(got) > 0 {
				t.Errorf("refused valid Go that the interpreter runs as Go does:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
