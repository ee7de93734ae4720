package rewrite_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

func init() {
	programs = append(programs,
		fromCorpus("recoverwrapped", "recover-wrap-script-error"),
		fromCorpus("recoverasserted", "recover-script-error-asserted"),
	)
}

// TestRecoveredTypes checks which types of the script a package's panics
// may carry to recover, and which of them the recover site gives back as
// error or fmt.Stringer: a panic's own type, or the types that implement
// its interface and that the package converts to one; not what a panic
// of recover's value raises again; not a generic type, nor one the
// interpreter makes one type with another a panic may carry.
func TestRecoveredTypes(t *testing.T) {
	const recov = "\n\nfunc catch() { _ = recover() }\n"
	tests := []struct {
		name, src string
		want      []string // type, As, and whether a reason is given
	}{
		{"a pointer to an error type", "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc f() { panic(&E{1}) }" + recov,
			[]string{"*main.E error false"}},
		{"a value type with value methods, and a Stringer", "type V struct{ n int }\n\nfunc (V) Error() string { return \"\" }\n\ntype C int\n\nfunc (C) String() string { return \"\" }\n\nfunc f(b bool) {\n\tif b {\n\t\tpanic(V{1})\n\t}\n\tpanic(C(2))\n}" + recov,
			[]string{"main.V error false", "main.C fmt.Stringer false"}},
		{"a type without methods", "type bailout struct{}\n\nfunc f() { panic(bailout{}) }" + recov,
			[]string{"main.bailout  false"}},
		{"the errors converted to an error panicked", "type A struct{ n int }\ntype B struct{ s string }\ntype N struct{ n int }\n\nfunc (*A) Error() string { return \"\" }\nfunc (B) Error() string  { return \"\" }\n\nvar errs = []error{&A{1}, B{\"b\"}}\n\nfunc f(err error) { panic(err) }\n\nfunc g() any { return N{} }" + recov,
			[]string{"*main.A error false", "main.B error false"}},
		{"an error handed to Go's library, which hands it back as any", "import \"sync\"\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc f() {\n\tvar m sync.Map\n\tm.Store(\"k\", &E{1})\n\tv, _ := m.Load(\"k\")\n\tpanic(v)\n}" + recov,
			[]string{"*main.E error false"}},
		{"what recover returned, raised again", "type N struct{ n int }\n\nfunc f() {\n\tr := recover()\n\tpanic(r)\n}\n\nvar _ any = N{}",
			nil},
		{"a generic error type", "type G[T any] struct{ v T }\n\nfunc (*G[T]) Error() string { return \"\" }\n\nfunc f() { panic(&G[int]{1}) }" + recov,
			[]string{"*main.G[int]  true"}},
		{"an error type of the runtime form of a struct literal's type", "type E struct{ n int }\n\nfunc (E) Error() string { return \"\" }\n\nfunc f(b bool) {\n\tif b {\n\t\tpanic(E{1})\n\t}\n\tpanic(struct{ n int }{2})\n}" + recov,
			[]string{"main.E  true"}},
		{"no recover", "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc f() { panic(&E{1}) }",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checked(t, "main.go", "package main\n\n"+tt.src+"\n")
			var got []string
			for _, rt := range rewrite.RecoveredTypes(p.Files, p.Types, p.Info, nil) {
				got = append(got, fmt.Sprintf("%s %s %v", rt.Type, rt.As, rt.Unlike != ""))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestRecoverRestores checks that recover() goes through the file's
// function that gives the value its type back where the package's panics
// carry an error type or a Stringer of the script's, and only there.
func TestRecoverRestores(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\ntype C int\n\nfunc (C) String() string { return \"\" }\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tif len(\"x\") > 0 {\n\t\tpanic(C(1))\n\t}\n\tpanic(&E{1})\n}\n"
	liftHolds(t, src, []string{
		"fmt.Println(_slAny5(interface{}(_slRestore15(_sl4.Recovered(recover())))))",
		"func _slRestore15(_slV11 interface{}) interface{} { if _slV11 == nil { return nil }; ",
		"if _slX12, ok := _slV11.(C); ok { var _slA13 _sl14.Stringer = _slX12; return _sl4.Restored(_slA13) }; ",
		"if _slX12, ok := _slV11.(*E); ok { var _slA13 error = _slX12; return _sl4.Restored(_slA13) }; return _slV11 }",
	}, nil)
	plain := "package main\n\nimport \"fmt\"\n\ntype bailout struct{}\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tpanic(bailout{})\n}\n"
	liftHolds(t, plain, []string{"fmt.Println(interface{}(_sl2.Recovered(recover())))"}, []string{"_slRestore"})
}

// TestRecoverRefusesOtherPackages checks that a recover is refused where a
// panic may carry an error type of another package of the script, which
// the recover site cannot name and runner/refuse does not see: one that
// the package panics with, or one that a package it imports panics with;
// and not where the other package panics with an error of Go's.
func TestRecoverRefusesOtherPackages(t *testing.T) {
	const gameSrc = "package game\n\nimport \"errors\"\n\ntype MoveError struct{ Square int }\n\nfunc (e *MoveError) Error() string { return \"bad move\" }\n\nfunc Play(sq int) {\n\tif sq < 0 {\n\t\tpanic(errors.New(\"no square\"))\n\t}\n\tif sq > 8 {\n\t\tpanic(PANIC)\n\t}\n}\n\nEXTRA\n"
	const mainSrc = "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/lp/game\"\n)\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\tgame.Play(9)\n\tMAIN\n}\n"
	tests := []struct {
		name, panicked, extra, inMain string
		refused                       bool
	}{
		{"the other package panics with its error type", "&MoveError{sq}", "", "", true},
		{"the package panics with the other's error type", "errors.New(\"off the board\")", "func Err() *MoveError { return &MoveError{} }", "panic(game.Err())", true},
		{"the other package panics with errors of Go's", "errors.New(\"off the board\")", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			parse := func(name, src string) *ast.File {
				f, err := parser.ParseFile(fset, name, src, 0)
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			main := strings.Replace(mainSrc, "MAIN", tt.inMain, 1)
			mainPkg := &typecheck.Package{Path: "main", Files: []*ast.File{parse("main.go", main)}}
			gamePkg := &typecheck.Package{Path: "example.com/lp/game", Files: []*ast.File{parse("game.go", strings.NewReplacer("PANIC", tt.panicked, "EXTRA", tt.extra).Replace(gameSrc))}}
			if err := typecheck.Check(fset, []*typecheck.Package{mainPkg, gamePkg}, typecheck.Config{}); err != nil {
				t.Fatal(err)
			}
			p := &rewrite.Package{Fset: fset, Files: mainPkg.Files, Src: map[*ast.File][]byte{mainPkg.Files[0]: []byte(main)}, Types: mainPkg.Types, Info: mainPkg.Info,
				Script: []*types.Package{mainPkg.Types, gamePkg.Types},
				Peers:  []rewrite.Checked{{Files: gamePkg.Files, Types: gamePkg.Types, Info: gamePkg.Info}}}
			_, err := rewrite.Apply(p)
			const want = "main.go:10:29: recover() may return a value of type *game.MoveError, declared in another package of the script"
			if refused := err != nil && strings.Contains(err.Error(), want); refused != tt.refused {
				t.Errorf("refused: %v, want %v (%v)", refused, tt.refused, err)
			}
		})
	}
}
