package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// Go's runtime names a type that is not comparable in the panic of ==
// on two interfaces that hold it, and of hashing one as a map's key
// (comparing uncomparable type main.Set), where the interpreter, which
// makes type Set map[string]bool a map[string]bool at run time, gave the
// spelling of that type (or of lift's pool type, lift.Bytes_1, for type
// Raw []byte). This pass has lift name the runtime type of such
// a type (on a map, a slice, a function or an array of them; a struct is
// pass structmark's), where no other type of the package's values has its
// runtime form, or it is a type of lift's pool, with a nil slice of it: after the file's imports for a
// type of the top level, after its declaration for one declared in a
// function.
//
//	type Set map[string]bool   =>   var _slU1 = _sl2.NameUncomparable("main.Set", []Set(nil))

func uncomparables(p *Package, f *ast.File, e *Editor) {
	if !comparesInterfaces(p) {
		return // no such panic can come
	}
	var origins map[string][]types.Type
	var marks map[*types.TypeName]string
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
			return true
		}
		tn, ok := p.Info.Defs[ts.Name].(*types.TypeName)
		if !ok || types.Comparable(tn.Type()) {
			return true
		}
		switch tn.Type().Underlying().(type) {
		case *types.Map, *types.Slice, *types.Signature, *types.Array:
		default:
			return true
		}
		if origins == nil {
			marks = MarkedStructs(p.Files, p.Types, p.Info)
			origins = valueForms(p, marks)
		}
		// A type of lift's pool (type Raw []byte) is a runtime type of
		// its own, which no other type shares.
		if !Pooled(tn) && slices.ContainsFunc(origins[RuntimeForm(p.Types, tn.Type().Underlying(), marks)], func(o types.Type) bool { return !types.Identical(o, tn.Type()) }) {
			return true // its runtime type is another's too
		}
		call := e.Import(lift.Package) + ".NameUncomparable(" + strconv.Quote(p.Types.Name()+"."+tn.Name()) + ", []" + tn.Name() + "(nil))"
		if tn.Parent() == p.Types.Scope() {
			e.Declare("var " + e.Name("slU") + " = " + call)
			return true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if d, ok := stack[i].(*ast.DeclStmt); ok {
				e.Insert(d.End(), "; _ = "+call)
				break
			}
		}
		return true
	})
}

// UnnamedUncomparables returns the types that pkg's files declare on a
// map, a slice, a function or an array, or on a struct that no mark tells
// apart (pass structmark), which cannot be compared, and whose runtime
// form another type of the package's values has too, each with the first
// such other type: the interpreter makes them one type, so the runtime's
// panic of comparing or hashing one names that form (comparing
// uncomparable type []string, where Go names main.Path), which no pass
// can name as Go does.
func UnnamedUncomparables(files []*ast.File, pkg *types.Package, info *types.Info) [][2]types.Type {
	p := &Package{Files: files, Types: pkg, Info: info}
	marks := MarkedStructs(files, pkg, info)
	origins := valueForms(p, marks)
	var out [][2]types.Type
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
				return true
			}
			tn, ok := info.Defs[ts.Name].(*types.TypeName)
			if !ok || types.Comparable(tn.Type()) || Pooled(tn) || types.IsInterface(tn.Type()) {
				return true
			}
			if n, ok := tn.Type().(*types.Named); ok && Marked(marks, n) {
				return true
			}
			for _, o := range origins[RuntimeForm(pkg, tn.Type().Underlying(), marks)] {
				if !types.Identical(o, tn.Type()) {
					out = append(out, [2]types.Type{tn.Type(), o})
					break
				}
			}
			return true
		})
	}
	return out
}

// comparesInterfaces reports whether a file of p compares two values of
// interface types (==, !=, a switch on one) or keys a map by one, where
// the runtime may panic naming an uncomparable type.
func comparesInterfaces(p *Package) bool {
	iface := func(x ast.Expr) bool {
		t := p.Info.TypeOf(x)
		return t != nil && types.IsInterface(t) && !isNilLit(p, x)
	}
	found := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				found = found || (n.Op == token.EQL || n.Op == token.NEQ) && iface(n.X) && iface(n.Y)
			case *ast.SwitchStmt:
				found = found || n.Tag != nil && iface(n.Tag)
			case *ast.MapType:
				if t := p.Info.TypeOf(n.Key); t != nil && types.IsInterface(t) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// valueForms returns the types of p's values and variables by their
// runtime form (RuntimeForm): each type of the package that the
// interpreter makes its underlying type, as itself, and each unnamed type,
// once.
func valueForms(p *Package, marks map[*types.TypeName]string) map[string][]types.Type {
	origins := map[string][]types.Type{}
	record := func(form string, t types.Type) {
		for _, o := range origins[form] {
			if types.Identical(o, t) {
				return
			}
		}
		origins[form] = append(origins[form], t)
	}
	seen := map[types.Type]bool{}
	var visit func(t types.Type)
	parts := func(u types.Type) {
		switch u := u.(type) {
		case *types.Pointer:
			visit(u.Elem())
		case *types.Slice:
			visit(u.Elem())
		case *types.Array:
			visit(u.Elem())
		case *types.Chan:
			visit(u.Elem())
		case *types.Map:
			visit(u.Key())
			visit(u.Elem())
		case *types.Signature:
			for i := range u.Params().Len() {
				visit(u.Params().At(i).Type())
			}
			for i := range u.Results().Len() {
				visit(u.Results().At(i).Type())
			}
		case *types.Struct:
			for i := range u.NumFields() {
				visit(u.Field(i).Type())
			}
		}
	}
	visit = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() == p.Types && !Pooled(t.Obj()) && !Marked(marks, t) && !types.IsInterface(t) {
				record(RuntimeForm(p.Types, t.Underlying(), marks), t)
				parts(t.Underlying())
			}
		case *types.Basic, *types.Interface, *types.TypeParam, *types.Tuple:
		default:
			record(RuntimeForm(p.Types, t, marks), t)
			parts(t)
		}
	}
	for _, tv := range p.Info.Types {
		if tv.IsValue() {
			visit(tv.Type)
		}
	}
	for _, obj := range p.Info.Defs {
		if v, ok := obj.(*types.Var); ok {
			visit(v.Type())
		}
	}
	return origins
}
