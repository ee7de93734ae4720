package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

// TestHoistTypes checks which type declarations of functions HoistTypes
// moves to the top level, and that every identifier keeps its line and
// column.
func TestHoistTypes(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		moved, not []string // the types moved, and those left
	}{
		{"a struct", "func main() {\n\ttype T struct {\n\t\tA int\n\t}\n\t_ = T{}\n}", []string{"T"}, nil},
		{"a recursive one", "func main() {\n\ttype node struct{ next *node }\n\t_ = node{}\n}", []string{"node"}, nil},
		{"one naming another", "func main() {\n\ttype P struct{ X int }\n\ttype L struct{ A, B P }\n\t_ = L{}\n}", []string{"P", "L"}, nil},
		{"a group", "func main() {\n\ttype (\n\t\tID int\n\t\tU  struct{ ID ID }\n\t)\n\t_ = U{}\n}", []string{"ID", "U"}, nil},
		{"in a closure", "var f = func() any {\n\ttype C struct{ N int }\n\treturn C{}\n}\n\nfunc main() {}", []string{"C"}, nil},
		{"in a method", "type S struct{}\n\nfunc (S) m() any {\n\ttype R struct{ Code int }\n\treturn R{}\n}\n\nfunc main() {}", []string{"R"}, nil},
		{"on the same line", "func main() {\n\ttype T int; var x T = 1; _ = x\n}", []string{"T"}, nil},
		{"between statements", "func main() {\n\tx := 1; type T int; _ = T(x)\n}", []string{"T"}, nil},
		{"in a block of one line", "func main() {\n\t{ type T int; _ = T(1) }\n}", []string{"T"}, nil},
		{"before a comment and a statement", "func main() {\n\ttype T int /* c */; _ = T(1)\n}", nil, []string{"T"}},
		{"named as in two functions", "func a() {\n\ttype T int\n}\n\nfunc main() {\n\ttype T string\n}", nil, []string{"T"}},
		{"named as in a generic function", "func g[E any]() {\n\ttype T int\n}\n\nfunc main() {\n\ttype T string\n}", nil, []string{"T"}},
		{"in a generic function", "func g[E any]() any {\n\ttype T struct{ N int }\n\treturn T{}\n}\n\nfunc main() {}", nil, []string{"T"}},
		{"of a type parameter", "func g[E any]() any {\n\ttype T struct{ V E }\n\treturn T{}\n}\n\nfunc main() {}", nil, []string{"T"}},
		{"in a generic type's method", "type B[E any] struct{}\n\nfunc (B[E]) m() {\n\ttype T int\n}\n\nfunc main() {}", nil, []string{"T"}},
		{"named as a top-level type", "type T int\n\nfunc main() {\n\ttype T string\n}", nil, []string{"T"}},
		{"named as a universe type", "func main() {\n\ttype error struct{}\n\t_ = error{}\n}", nil, []string{"error"}},
		{"named as an import", "import \"strings\"\n\nvar _ = strings.Fields\n\nfunc main() {\n\ttype strings int\n}", nil, []string{"strings"}},
		{"naming a local constant", "func main() {\n\tconst n = 3\n\ttype G [n]int\n\t_ = G{}\n}", nil, []string{"G"}},
		{"naming a type left", "func main() {\n\tconst n = 3\n\ttype G [n]int\n\ttype H struct{ g G }\n\t_ = H{}\n}", nil, []string{"G", "H"}},
		{"beside a left one in its group", "func main() {\n\tconst n = 3\n\ttype (\n\t\tG [n]int\n\t\tK int\n\t)\n\t_, _ = G{}, K(1)\n}", nil, []string{"G", "K"}},
		{"shadowing a variable", "func main() {\n\tT := 1\n\t_ = T\n\t{\n\t\ttype T int\n\t\t_ = T(2)\n\t}\n}", nil, []string{"T"}},
		{"shadowing a parameter", "func f(T int) any {\n\t{\n\t\ttype T struct{}\n\t\treturn T{}\n\t}\n}\n\nfunc main() {}", nil, []string{"T"}},
		{"shadowed at a use", "func main() {\n\ttype T int\n\t{\n\t\tT := T(1)\n\t\t_ = T\n\t}\n}", nil, []string{"T"}},
		{"an alias", "func main() {\n\ttype A = int\n\tvar a A\n\t_ = a\n}", nil, []string{"A"}},
		{"named init", "func main() {\n\ttype init int\n}", nil, []string{"init"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\n" + tt.src + "\n"
			p := checked(t, "main.go", src)
			out := rewrite.HoistTypes(p.Fset, p.Files, p.Src, p.Info, p.Types)
			text := string(out[p.Files[0]])
			if len(tt.moved) == 0 {
				if len(out) != 0 {
					t.Fatalf("moved types of:\n%s\nto:\n%s", src, text)
				}
				return
			}
			f, err := parser.ParseFile(token.NewFileSet(), "main.go", text, 0)
			if err != nil {
				t.Fatalf("%v\n%s", err, text)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if es, ok := n.(*ast.EmptyStmt); ok && !es.Implicit {
					t.Errorf("an empty statement left at offset %d:\n%s", es.Pos(), text)
				}
				return true
			})
			top := map[string]bool{}
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
					for _, s := range gd.Specs {
						top[s.(*ast.TypeSpec).Name.Name] = true
					}
				}
			}
			for _, name := range tt.moved {
				if !top[name] {
					t.Errorf("%s not moved:\n%s", name, text)
				}
			}
			for _, name := range tt.not {
				if top[name] && !strings.Contains(src, "\ntype "+name+" ") {
					t.Errorf("%s moved:\n%s", name, text)
				}
			}
			if got, want := identifiers(t, text), identifiers(t, src); !slices.Equal(got, want) {
				t.Errorf("identifiers moved:\n%v\nwant:\n%v\n%s", got, want, text)
			}
		})
	}
}

// identifiers lists the identifiers of a file with their positions as
// its line comments give them, sorted.
func identifiers(t *testing.T, src string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			ids = append(ids, fset.Position(id.Pos()).String()+" "+id.Name)
		}
		return true
	})
	slices.Sort(ids)
	return ids
}
