package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// gob.Register of a value held as an interface (for _, v := range
// []any{Join{}, &Say{}} { gob.Register(v) }) got the interpreter's
// wrapper of a value with methods, or its runtime type, which has no
// name: gob registered the wrapper, or the struct by its fields, so a
// Go peer's main.Join did not decode, nor a value sent once its wrapper
// was taken out. This pass hands such a call to lift.GobRegister, with
// the file's table of the names Go gives the package's types (GobName),
// and gob.RegisterName of such a value to lift.GobRegisterName:
//
//	gob.Register(v)   =>   lift.GobRegister(v, _gobN1)

func gobRegistersAny(p *Package, f *ast.File, e *Editor) {
	table := ""
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || (sel.Sel.Name != "Register" || len(call.Args) != 1) && (sel.Sel.Name != "RegisterName" || len(call.Args) != 2) {
			return true
		}
		if pn := pkgOf(p.Info, sel); pn == nil || pn.Imported().Path() != "encoding/gob" {
			return true
		}
		if t := p.Info.TypeOf(call.Args[len(call.Args)-1]); t == nil || !types.IsInterface(t) {
			return true
		}
		pkg := e.Import(lift.Package)
		if sel.Sel.Name == "RegisterName" {
			e.Replace(sel.Pos(), sel.End(), pkg+".GobRegisterName")
			return true
		}
		if table == "" {
			table = gobNames(p, e)
		}
		e.Replace(sel.Pos(), sel.End(), pkg+".GobRegister")
		e.Insert(call.Rparen, ", "+table)
		return true
	})
}

// gobNames declares the file's table of the names gob.Register gives the
// package's types of its top level, and pointers to them, in a Go build
// (lift.GobNamesOf), and returns its name, or "nil" where there are none.
// Two types that the interpreter makes one runtime type are left out:
// the table could not tell which name is meant, and gob registers such a
// type by its runtime form, as it did.
func gobNames(p *Package, e *Editor) string {
	marks := MarkedStructs(p.Files, p.Types, p.Info)
	type entry struct{ spelt, form, goName string }
	var entries []entry
	count := map[string]int{}
	scope := p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if goName := GobName(p.Script, p.Types, t); goName != "" {
				form := RuntimeForm(p.Types, t, marks)
				count[form]++
				entries = append(entries, entry{types.TypeString(t, types.RelativeTo(p.Types)), form, goName})
			}
		}
	}
	var args []string
	for _, en := range entries {
		if count[en.form] == 1 {
			args = append(args, "[]"+en.spelt+"(nil), "+strconv.Quote(en.goName))
		}
	}
	if len(args) == 0 {
		return "nil"
	}
	table := e.Name("gobN")
	e.Declare("var " + table + " = " + e.Import(lift.Package) + ".GobNamesOf(" + strings.Join(args, ", ") + ")")
	return table
}
