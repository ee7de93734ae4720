package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("encodingany_generic", "generics-json-helpers"),
		fromCorpus("encodingany", "json-any"),
		program{"encodingany-methods", `package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

type hidden struct {
	ID   int ` + "`json:\"id\"`" + `
	note string
}

func (h hidden) String() string { return "h" }

type Box struct {
	hidden
	Items map[string][]any
}

func main() {
	var vs []any
	vs = append(vs, Point{1, 2}, hidden{3, "n"}, &Box{hidden{4, "m"}, map[string][]any{"k": {hidden{5, ""}, nil, 1.5}}})
	b, err := json.MarshalIndent(map[string]any{"vs": vs, "nil": nil}, "", " ")
	fmt.Println(string(b), err)
	var p any = Point{7, 8}
	b, err = json.Marshal(p)
	fmt.Println(string(b), err)
}
`},
	)
}

// TestEncodingAny checks what the pass hands lift.JSONAny: a value that
// may hold one of the script's struct types in an interface, where the
// script declares one that encodes differently, and nothing else.
func TestEncodingAny(t *testing.T) {
	const decls = "package main\n\nimport \"encoding/json\"\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an any, with a type of unexported fields",
			decls + "type P struct{ N int; tags []string }\n\nfunc main() {\n\tvar v any = P{}\n\tjson.Marshal(v)\n}\n",
			[]string{".JSONAny(v, nil, ", ".JSONTypes([]any{[]P(nil)}, "}, nil},
		{"a map of any, with an embedding type",
			decls + "type P struct{ N int }\n\ntype O struct{ P; M int }\n\nfunc main() {\n\tjson.Marshal(map[string]any{\"o\": O{}})\n}\n",
			[]string{".JSONAny(map[string]any{", ".JSONTypes([]any{[]P(nil), []O(nil)}, "}, nil},
		{"exported fields only: the table names the type, for a decoding's errors",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tvar v any = P{}\n\tjson.Marshal(v)\n}\n",
			[]string{".JSONAny(v, nil, ", ".JSONTypes([]any{[]P(nil)}, "}, nil},
		{"a type with methods and no struct: an empty table, by which JSONAny unwraps the interpreter's wrapper",
			decls + "type Names []string\n\nfunc (n Names) Len() int { return len(n) }\n\nfunc main() {\n\tjson.Marshal(map[string]any{\"n\": Names{}})\n}\n",
			[]string{".JSONAny(map[string]any{", ".JSONTypes([]any{}, []*"}, nil},
		{"no type with methods or fields: nothing to convert",
			decls + "type Names []string\n\nfunc main() {\n\tjson.Marshal(map[string]any{\"n\": Names{}})\n}\n",
			nil, []string{"JSONAny", "JSONTypes"}},
		{"a concrete value still goes to JSON",
			decls + "type P struct{ n int }\n\nfunc main() {\n\tjson.Marshal(P{})\n}\n",
			[]string{".JSON(P{}, "}, []string{"JSONAny"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestEncodingAnyRefuses lists the script's types by which JSONAny could
// not tell a value in an interface.
func TestEncodingAnyRefuses(t *testing.T) {
	const decls = "package main\n\nimport \"encoding/json\"\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a type declared in a function",
			decls + "func main() {\n\ttype p struct{ n int }\n\tvar v any = p{1}\n\tjson.Marshal(v)\n}\n",
			"main.go:8:15: socklab cannot encode a value of an interface type as Go does in a script that declares p inside a function"},
		{"a generic type",
			decls + "type Box[T any] struct{ v T }\n\nfunc main() {\n\tvar v any = Box[int]{1}\n\tjson.Marshal(v)\n}\n",
			"main.go:9:15: socklab cannot encode a value of an interface type as Go does in a script that declares Box inside a function or with type parameters"},
		{"a generic type that embeds",
			decls + "type Meta struct{ ID int }\n\ntype Box[T any] struct {\n\tMeta\n\tV T\n}\n\nfunc main() {\n\tvar v any = Box[int]{}\n\tjson.Marshal(v)\n}\n",
			"main.go:14:15: socklab cannot encode a value of an interface type as Go does in a script that declares Box inside a function or with type parameters"},
		{"a generic type with MarshalJSON, which lift.JSONMarshal cannot find in an interface",
			decls + "type P[T any] struct{ n T }\n\nfunc (P[T]) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\tvar v any = P[int]{}\n\tjson.Marshal(v)\n}\n",
			"main.go:11:15: the interpreter hands encoding/json a value of P that an interface holds without its own method MarshalJSON"},
		{"types the interpreter makes one",
			decls + "type P struct{ N int }\n\ntype A struct{ P }\n\ntype B struct{ P P }\n\nfunc main() {\n\tvar v any = A{}\n\tjson.Marshal(v)\n}\n",
			"main.go:13:15: the interpreter makes one struct type of A and B"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, tt.src, tt.want)
		})
	}
}

// TestEncodingAnyAcceptsUnboxed checks that a type declared in a function
// that no interface ever holds (handed to encoding/json by its own type)
// leaves encoding a map of Go's values as it is.
func TestEncodingAnyAcceptsUnboxed(t *testing.T) {
	src := "package main\n\nimport \"encoding/json\"\n\nfunc main() {\n\ttype p struct{ N int }\n\tjson.Marshal(p{1})\n\tjson.Marshal(map[string]any{\"n\": 1})\n}\n"
	if _, err := apply(t, src); err != nil {
		t.Errorf("refused: %v", err)
	}
}
