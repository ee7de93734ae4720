package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs, fromCorpus("gobregister", "gob-register-peer"))
}

// TestGobRegisterEdits checks which registrations the pass names as Go
// does.
func TestGobRegisterEdits(t *testing.T) {
	const head = "package main\n\nimport \"encoding/gob\"\n\ntype Move struct{ X, Y int }\n\ntype IDs []int\n\ntype Port int\n\ntype Level int\n\nfunc (l Level) Up() Level { return l + 1 }\n\ntype Table map[string]int\n\ntype Moves []Move\n\ntype Grid [3]int\n\ntype Handler func()\n\nfunc main() {\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a struct", "\tgob.Register(Move{})\n}\n", []string{`gob.RegisterName("main.Move", Move{})`}, nil},
		{"a pointer to a struct", "\tgob.Register(&Move{})\n}\n", []string{`gob.RegisterName("*main.Move", &Move{})`}, nil},
		{"a slice type", "\tgob.Register(IDs{})\n}\n", []string{"gob.Register(IDs{})"}, []string{"RegisterName"}},
		{"a type of lift's pool", "\tgob.Register(Port(0))\n}\n", []string{`gob.RegisterName("main.Port", Port(0))`}, nil},
		{"a pointer to a type of lift's pool", "\tgob.Register(new(Port))\n}\n", []string{`gob.RegisterName("*main.Port", new(Port))`}, nil},
		{"a basic type with methods", "\tgob.Register(Level(0))\n}\n", []string{"gob.Register(Level(0))"}, []string{"RegisterName"}},
		{"a map type", "\tgob.Register(Table{})\n}\n", []string{`gob.RegisterName("main.Table", Table{})`}, nil},
		{"a pointer to a map type", "\tgob.Register(&Table{})\n}\n", []string{`gob.RegisterName("*main.Table", &Table{})`}, nil},
		{"a slice of structs", "\tgob.Register(Moves{})\n}\n", []string{`gob.RegisterName("main.Moves", Moves{})`}, nil},
		{"an array type", "\tgob.Register(Grid{})\n}\n", []string{`gob.RegisterName("main.Grid", Grid{})`}, nil},
		{"a function type", "\tgob.Register(Handler(nil))\n}\n", []string{"gob.Register(Handler(nil))"}, []string{"RegisterName"}},
		{"a type declared in a function", "\ttype Local map[int]bool\n\tgob.Register(Local{})\n}\n", []string{`gob.RegisterName("main.Local", Local{})`}, nil},
		{"a library type", "\tgob.Register(0)\n}\n", []string{"gob.Register(0)"}, []string{"RegisterName"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}

// TestGobName checks the names Go's gob.Register gives a type of another
// package of the script: its path and name for the type, and, for a
// pointer to it, its package's name, as reflect's String spells it.
func TestGobName(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "temp.go", "package temp\n\ntype Reading struct{ C float64 }\n\ntype Log map[string]int\n\ntype Names []string\n\ntype Bad func()\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	other, err := new(types.Config).Check("example/temp", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	main := types.NewPackage("main", "main")
	typ := func(name string) types.Type { return other.Scope().Lookup(name).Type() }
	for _, tt := range []struct {
		t    types.Type
		want string
	}{
		{typ("Reading"), "example/temp.Reading"},
		{types.NewPointer(typ("Reading")), "*temp.Reading"},
		{typ("Log"), "example/temp.Log"},
		{types.NewPointer(typ("Log")), "*temp.Log"},
		{typ("Names"), ""}, // []string, which gob registers itself
		{typ("Bad"), ""},
	} {
		if got := rewrite.GobName([]*types.Package{main, other}, main, tt.t); got != tt.want {
			t.Errorf("GobName(%s) = %q, want %q", tt.t, got, tt.want)
		}
	}
	if got := rewrite.GobName(nil, main, typ("Reading")); got != "" {
		t.Errorf("GobName of another program's type = %q, want none", got)
	}
}
