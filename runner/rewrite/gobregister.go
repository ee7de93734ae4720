package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
)

// gob.Register names a type by its package path and name (main.Move, or
// *main.Move for a pointer), and sends that name with each value of it
// that an interface holds, so that the receiver finds its own type of the
// name. The interpreter builds a struct type the script declares with
// reflect.StructOf, which has no name, so Register named it by its fields
// ("struct { X int; Y int }"): a program built by Go, the usual peer,
// could not decode what a script sent, nor a script what it sent. This
// pass gives Register the name Go gives it, on the same line:
//
//	gob.Register(Move{})   =>   gob.RegisterName("main.Move", Move{})
//
// Only struct types are named so: the interpreter makes a type on a basic
// type, a slice or a map the compiled type underneath, which gob has
// registered under its own name already (gob.RegisterName would panic).
func init() { register(Pass{Name: "gobregister", Run: gobRegisters}) }

func gobRegisters(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Register" {
			return true
		}
		if pn := pkgOf(p.Info, sel); pn == nil || pn.Imported().Path() != "encoding/gob" {
			return true
		}
		name := GobName(p.Script, p.Types, p.Info.TypeOf(call.Args[0]))
		if name == "" {
			return true
		}
		e.Replace(sel.Sel.Pos(), sel.Sel.End(), "RegisterName")
		e.Insert(call.Lparen+1, strconv.Quote(name)+", ")
		return true
	})
}

// GobName returns the name gob.Register gives a value of type t in a Go
// build, where t is a struct type a package of the script declares or a
// pointer to one, without type arguments; "" for any other type.
func GobName(script []*types.Package, pkg *types.Package, t types.Type) string {
	star := ""
	if ptr, ok := t.(*types.Pointer); ok {
		star, t = "*", ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() > 0 || n.TypeParams().Len() > 0 {
		return ""
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return ""
	}
	obj := n.Obj()
	if obj.Pkg() == nil || !scriptPackage(script, pkg, obj.Pkg()) {
		return ""
	}
	return star + obj.Pkg().Path() + "." + obj.Name()
}

// scriptPackage reports whether p is one of the script's packages: pkg, or
// one of script where that is not nil.
func scriptPackage(script []*types.Package, pkg, p *types.Package) bool {
	if p == pkg {
		return true
	}
	for _, s := range script {
		if s == p {
			return true
		}
	}
	return false
}
