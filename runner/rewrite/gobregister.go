package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"sync"
)

// gob.Register names a type by its package path and name (main.Move, or
// *main.Move for a pointer), and sends that name with each value of it
// that an interface holds, so that the receiver finds its own type of the
// name. The interpreter builds a struct type the script declares with
// reflect.StructOf, which has no name, and makes a type it declares on a
// map, slice or array that type itself, so Register named it by its
// runtime form ("struct { X int; Y int }", "map[string]int"): a program
// built by Go, the usual peer, could not decode what a script sent, nor a
// script what it sent. This pass gives Register the name Go gives it, on
// the same line:
//
//	gob.Register(Move{})   =>   gob.RegisterName("main.Move", Move{})
//	gob.Register(&Table{}) =>   gob.RegisterName("*main.Table", &Table{})
//
// A type whose runtime form gob registers itself (type Names []string is
// []string, which gob knows as "[]string") is left as it is, as
// gob.RegisterName would panic: runner/refuse refuses it. A type on a basic
// type or []byte that pass basicnamed makes a type of lift's pool is a
// runtime type of its own, which gob has not registered, and is named too.

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
// build, where t is a type a package of the script declares, or a pointer
// to one, without type arguments, that the interpreter hands gob as a
// runtime type gob has not registered itself: a struct type, a type of
// lift's pool, or a type on a map, array or slice whose runtime form is
// not one of gob's own ([]string); "" for any other type. As Go's
// Register, it names a pointer by the package's name, not its path.
func GobName(script []*types.Package, pkg *types.Package, t types.Type) string {
	ptr, isPtr := types.Unalias(t).(*types.Pointer)
	if isPtr {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() > 0 || n.TypeParams().Len() > 0 {
		return ""
	}
	obj := n.Obj()
	if obj.Pkg() == nil || !scriptPackage(script, pkg, obj.Pkg()) {
		return ""
	}
	switch n.Underlying().(type) {
	case *types.Struct:
	case *types.Basic, *types.Slice, *types.Array, *types.Map:
		if !Pooled(obj) && GobOwnForm(append(slices.Clone(script), pkg), n) {
			return ""
		}
	default:
		return ""
	}
	if isPtr {
		return "*" + obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// GobOwnForm reports whether the interpreter makes t, of one of the
// script's packages pkgs, a type at run time that gob registers itself
// under its own name: a basic type, or a slice of one (type Names
// []string is []string, gob's "[]string"), where t is not a type of
// lift's pool.
func GobOwnForm(pkgs []*types.Package, t types.Type) bool {
	return gobOwnForms()[scriptForm(pkgs, t, nil)]
}

// gobOwnForms are the runtime forms, as scriptForm spells them, of the
// types gob registers itself (registerBasics in encoding/gob), made at
// their first use.
var gobOwnForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range []types.BasicKind{types.Bool, types.Int, types.Int8, types.Int16, types.Int32, types.Int64,
		types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Uintptr,
		types.Float32, types.Float64, types.Complex64, types.Complex128, types.String} {
		name := types.Typ[k].Name()
		m[name], m["[]"+name] = true, true
	}
	m["byte"], m["[]byte"], m["rune"], m["[]rune"] = true, true, true, true // the universe's aliases, as go/types spells them
	return m
})

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
