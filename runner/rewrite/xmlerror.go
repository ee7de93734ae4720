package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/xml names the type of what it fails on in some of its errors
// (a *xml.TagPathError names the struct whose tags conflict, a
// *xml.UnsupportedTypeError the type it cannot encode, xml: invalid tag in
// field N of type main.P), which the interpreter's types and those
// lift.XML makes spell by their fields. Pass xml hands the error of each
// encoding and decoding call whose result the script uses, where the
// value holds a type the package declares or an interface, to a table of
// the package's types built once per file (lift.XMLTypeNames), which
// names them as Go does:
//
//	b, err := xml.Marshal(v)   =>   b, err := _slXN1.Bytes(xml.Marshal(v))
//	err = enc.Encode(v)        =>   err = _slXN1.Err(enc.Encode(v))
//
// The table holds the types whose runtime type is a type of their own
// (XMLNamed); runner/refuse refuses an error that would name another.
type xmlErrors struct {
	p         *Package
	f         *ast.File
	e         *Editor
	discarded map[*ast.CallExpr]bool
	tab       string // the table's name, once declared; "-" where the package declares no type for it
}

// wrap hands the error of call, an encoding or decoding of a, to the
// file's table.
func (x *xmlErrors) wrap(call *ast.CallExpr, a ast.Expr) {
	if x.discarded[call] {
		return
	}
	t := x.p.Info.TypeOf(a)
	if t == nil || !holdsInterface(t) && !Involves(t, func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() == x.p.Types
	}) {
		return
	}
	tab := x.table()
	if tab == "-" {
		return
	}
	method := ".Err("
	if sig, ok := x.p.Info.TypeOf(call.Fun).(*types.Signature); ok && sig.Results().Len() == 2 {
		method = ".Bytes("
	}
	x.e.InsertLast(call.Pos(), tab+method+directive(x.p, call.Pos()))
	x.e.InsertFirst(call.End(), ")"+directive(x.p, call.End()))
}

// table declares the file's table after its imports the first time (set
// before the script's package variables, whose initialisers may encode),
// and returns its name, or "-" where the package declares no type in it.
func (x *xmlErrors) table() string {
	if x.tab != "" {
		return x.tab
	}
	x.tab = "-"
	var zeros, names []string
	for _, n := range XMLNamed(x.p.Files, x.p.Types, x.p.Info) {
		tn, ok := typeName(x.p, x.f, n, true)
		if !ok {
			continue
		}
		zeros = append(zeros, "[]"+tn+"(nil)")
		names = append(names, strconv.Quote(x.p.Types.Name()+"."+n.Obj().Name()))
	}
	if len(zeros) == 0 {
		return x.tab
	}
	pkg := x.e.Import(lift.Package)
	x.tab = x.e.Name("slXN")
	x.e.Declare(fmt.Sprintf("var %s = %s.XMLTypeNames([]any{%s}, []string{%s})", x.tab, pkg, strings.Join(zeros, ", "), strings.Join(names, ", ")))
	return x.tab
}

// XMLNamed returns the types pkg declares at its top level, without type
// parameters, whose runtime type under the interpreter is a type of its
// own (TemplateTold: a struct, a type of lift's pool), but for a struct
// type that another of them, unmarked by pass structmark, or a struct
// literal's type looks like: the interpreter makes them one type, whose
// spelling in encoding/xml's errors cannot say which Go names.
func XMLNamed(files []*ast.File, pkg *types.Package, info *types.Info) []*types.Named {
	told := TemplateTold(pkg)
	var marks map[*types.TypeName]string
	declared := map[*types.Struct]bool{}
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			if st, isStruct := tn.Type().Underlying().(*types.Struct); isStruct {
				declared[st] = true
			}
		}
	}
	var lits []*types.Struct
	for _, tv := range info.Types {
		if st, ok := types.Unalias(tv.Type).(*types.Struct); ok && !declared[st] {
			lits = append(lits, st)
		}
	}
	var out []*types.Named
	for _, n := range told {
		st, isStruct := n.Underlying().(*types.Struct)
		if !isStruct {
			out = append(out, n)
			continue
		}
		twin := false
		for _, l := range lits {
			twin = twin || types.Identical(l, st)
		}
		for _, o := range told {
			if o != n && types.Identical(o.Underlying(), st) {
				if marks == nil {
					marks = MarkedStructs(files, pkg, info)
				}
				twin = twin || !Marked(marks, n)
			}
		}
		if !twin {
			out = append(out, n)
		}
	}
	return out
}

// discardedCalls returns the calls of f whose results the program does
// not use: a statement of their own, deferred, started as a goroutine, or
// assigned to the blank identifier alone.
func discardedCalls(f *ast.File) map[*ast.CallExpr]bool {
	discarded := map[*ast.CallExpr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ExprStmt:
			if c, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				discarded[c] = true
			}
		case *ast.GoStmt:
			discarded[n.Call] = true
		case *ast.DeferStmt:
			discarded[n.Call] = true
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && allBlank(n.Lhs) {
				if c, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					discarded[c] = true
				}
			}
		}
		return true
	})
	return discarded
}
