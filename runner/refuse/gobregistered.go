package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// gobRegistered refuses gob.Register and gob.RegisterName of a value whose
// type the interpreter makes a type gob knows by another name, or one that
// gob has registered already. A type the script declares on a basic type
// or a slice of one that is not a type of lift's pool is that type at run
// time (type Names []string is []string), which gob has registered itself
// as "[]string": Register sent Go's library's name where Go sends
// main.Names (a Go peer's main.Names did not decode), and RegisterName
// panicked. An unnamed slice, map or pointer of the script's types is
// named by the interpreter's struct types ([]struct { X int } where Go
// registers []main.Move). Two registrations of types the interpreter makes
// one (type A map[string]int and type B map[string]int, or A and
// map[string]int) would panic, where Go registers both. A struct type, a
// type of lift's pool, or a type on a map, array or slice of another
// runtime form, or a pointer to one, is named as Go names it (see pass
// gobregister).
func gobRegistered(r *reporter) {
	type registration struct {
		base types.Type // the type gob registers, its pointers taken off
		form string     // its runtime form
		pos  ast.Expr
	}
	var regs []registration
	var marks map[*types.TypeName]string
	name := func(t types.Type) string { return types.TypeString(t, types.RelativeTo(r.pkg)) }
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		callee := r.calleeName(call)
		if callee != "encoding/gob.Register" && callee != "encoding/gob.RegisterName" {
			return true
		}
		arg := call.Args[len(call.Args)-1]
		t := r.typeOf(arg)
		if t == nil {
			return true
		}
		base := t
		if p, ok := types.Unalias(base).(*types.Pointer); ok {
			base = p.Elem()
		}
		if n, ok := types.Unalias(base).(*types.Named); ok && r.declared(n) {
			_, isIface := n.Underlying().(*types.Interface)
			if !isIface && rewrite.GobName(nil, r.pkg, t) == "" {
				r.refuse(arg.Pos(), "the interpreter makes %s the type %s at run time, which gob registers itself under that name, so it cannot register it as Go's %s.%s (a Go peer's %s would not decode here, and gob.RegisterName panics): register a struct type that holds it (type %sMsg struct{ V %s })", n.Obj().Name(), types.TypeString(n.Underlying(), types.RelativeTo(r.pkg)), n.Obj().Pkg().Name(), n.Obj().Name(), n.Obj().Name(), n.Obj().Name(), n.Obj().Name())
				return true
			}
		} else if !ok && r.gobNamed(t, true, "", map[types.Type]bool{}) != "" {
			r.refuse(arg.Pos(), "gob registers %s under a name it makes of the interpreter's types (their fields, where Go writes main.T): register a struct type that holds it", name(t))
			return true
		}
		for {
			p, ok := types.Unalias(base).(*types.Pointer)
			if !ok {
				break
			}
			base = p.Elem()
		}
		if types.IsInterface(base) {
			return true
		}
		if marks == nil {
			marks = rewrite.MarkedStructs(r.files, r.pkg, r.info)
		}
		form := rewrite.RuntimeForm(r.pkg, base, marks)
		for _, o := range regs {
			if o.form == form && !types.Identical(o.base, base) {
				r.refuse(arg.Pos(), "the interpreter makes %s and %s (registered at line %d) one type at run time, %s, which gob cannot register under two names (gob.Register panics): register a struct type that holds %s (type %sMsg struct{ V %s })", name(base), name(o.base), r.fset.Position(o.pos.Pos()).Line, name(base.Underlying()), name(base), typeWord(base), name(base))
				return true
			}
		}
		regs = append(regs, registration{base, form, arg})
		return true
	})
}

// typeWord returns a word for a struct type named after t: its name, or
// "Value" for an unnamed type.
func typeWord(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return "Value"
}
