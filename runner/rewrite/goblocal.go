package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// gob's error about a stream decoded into a value of another kind
// describes the remote type by its name, which the interpreter's struct
// types lack, and lift's table of the file names only the types of its
// top level: a struct type declared inside a function was described
// without it (received remote type  = struct { Msg string; }, where Go
// writes Local = struct { Msg string; }). An Encode of a value whose
// static type holds such a type hands lift's table the type and Go's name
// of it, which lift notes for the program's decodings:
//
//	enc.Encode(Local{"x"})   =>   lift.GobEncode(enc, Local{"x"}, _gob1.Local([]Local(nil), "main.Local", "Local"))

// gobLocals returns the table expression tab, with Local of the struct
// types declared inside functions that a value of arg holds, each named
// as it is at arg. One that another declaration of its name hides there
// is refused: the call cannot name it.
func gobLocals(p *Package, e *Editor, tab string, arg ast.Expr) string {
	var entries []string
	pos := arg.Pos()
	scope := p.Types.Scope().Innermost(pos)
	for _, tn := range localStructsOf(p, p.Info.TypeOf(arg)) {
		if scope == nil {
			break
		}
		if _, obj := scope.LookupParent(tn.Name(), pos); obj != tn {
			e.Refuse(pos, "gob's error about a stream of the %s declared at line %d, decoded into a value of another kind, names it, and socklab learns its name where it is encoded, where another declaration of %s hides it: give one of the two types another name", tn.Name(), p.Fset.Position(tn.Pos()).Line, tn.Name())
			continue
		}
		entries = append(entries, "[]"+tn.Name()+"(nil), "+strconv.Quote(p.Types.Name()+"."+tn.Name())+", "+strconv.Quote(tn.Name()))
	}
	if len(entries) == 0 {
		return tab
	}
	return tab + ".Local(" + strings.Join(entries, ", ") + ")"
}

// localStructsOf returns the struct types declared inside functions of
// the package that a value of t holds (through pointers, slices, arrays,
// maps and fields, not interfaces).
func localStructsOf(p *Package, t types.Type) []*types.TypeName {
	var found []*types.TypeName
	Involves(t, func(u types.Type) bool {
		n, ok := types.Unalias(u).(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
			return false
		}
		tn := n.Obj()
		if tn.Pkg() != p.Types || tn.Parent() == p.Types.Scope() || tn.Parent() == nil {
			return false
		}
		if _, ok := n.Underlying().(*types.Struct); ok {
			found = append(found, tn)
		}
		return false
	})
	return found
}

// encodesLocalStructs reports whether an Encode of a gob.Encoder in the
// package encodes a value that holds a struct type declared inside a
// function, whose name the file's table needs (see gobLocals).
func encodesLocalStructs(p *Package) bool {
	found := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if found || !ok || len(call.Args) != 1 {
				return !found
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if ok && sel.Sel.Name == "Encode" && gobType(p.Info.TypeOf(sel.X), "Encoder") {
				found = len(localStructsOf(p, p.Info.TypeOf(call.Args[0]))) > 0
			}
			return !found
		})
	}
	return found
}
