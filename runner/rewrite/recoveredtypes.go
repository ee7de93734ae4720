package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// A RecoveredType is a type of the script's own that a panic of a
// package may carry to a recover, and how the recover site gives it back
// (pass recover): lift.Recovered takes the value out of the reflect.Value
// the interpreter panicked with, and so without the interpreter's record
// of its type, where compiled code (fmt.Errorf's %w, errors.As) and the
// interpreter's assertions to an interface look for its methods.
type RecoveredType struct {
	Type types.Type
	// As is the interface of Go's library that the recover site converts
	// a value of Type to, which keeps its methods: "error" for a type with
	// an Error method, "fmt.Stringer" for one with a String method alone,
	// "" for one it does not convert (no such method, or Unlike says why).
	As string
	// Unlike, where a type with one of those methods is not converted,
	// says why in words for a refusal: the recover site's type switch
	// cannot name the type, or cannot tell it from Other.
	Unlike string
	Other  types.Type
	// Elsewhere reports that the type is declared in another package of
	// the script, which runner/refuse, checking one package with the
	// packages it imports empty, does not see: the rewrite refuses its
	// recover (see pass recover).
	Elsewhere bool
}

// Methods reports whether a value of the type has an Error or a String
// method, which the interpreter finds only with its record of the type.
func (t RecoveredType) Methods() bool { return t.As != "" || t.Unlike != "" }

// RecoveredTypes returns the types of the script's own (declared by a
// package of script, or pkg alone where script is nil, or built from
// one) that the panics of pkg's files may carry: the static type of a
// panic's argument, or, for an argument of an interface type, every type
// that the package converts to an interface and that implements it. A
// panic with what recover returned (panic(r) of r := recover()) carries
// no type of its own. Each type
// with an Error or String method of the top level of pkg, not generic, is
// converted (As), but where another type that a panic may carry has its
// runtime form in the interpreter (see RuntimeForm): the recover site's
// type switch could not tell them apart.
func RecoveredTypes(files []*ast.File, pkg *types.Package, info *types.Info, script []*types.Package) []RecoveredType {
	if pkg == nil || !callsRecover(info, files) {
		return nil
	}
	own := func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && (n.Obj().Pkg() == pkg || slices.Contains(script, n.Obj().Pkg()))
	}
	carried := panicCarried(files, pkg, info)
	marks := MarkedStructs(files, pkg, info)
	out := make([]RecoveredType, 0, len(carried))
	for _, t := range carried {
		if !Involves(t, own) {
			continue // one of Go's, which compiled code knows
		}
		rt := RecoveredType{Type: t}
		as := recoveredAs(t, pkg)
		switch {
		case as == "":
		case !topLevel(t, pkg):
			rt.Unlike = "is declared inside a function, in another package or with type parameters, so the recover site cannot name it"
			rt.Elsewhere = declaredElsewhere(t, pkg)
		default:
			form := RuntimeForm(pkg, t, marks)
			for _, u := range carried {
				if !types.Identical(u, t) && RuntimeForm(pkg, u, marks) == form {
					rt.Unlike, rt.Other = "is one type at run time with", u
					break
				}
			}
			if rt.Unlike == "" {
				rt.As = as
			}
		}
		out = append(out, rt)
	}
	return out
}

// OnlyRecovered returns the variables of files that only ever hold what
// recover returned: each assignment to one assigns recover() (r :=
// recover()), no declaration gives it another value, and its address is
// never taken.
func OnlyRecovered(info *types.Info, files []*ast.File) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	other := map[*types.Var]bool{}
	object := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		if v, ok := info.Defs[id].(*types.Var); ok {
			return v
		}
		v, _ := info.Uses[id].(*types.Var)
		return v
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				for i, l := range s.Lhs {
					v := object(l)
					if v == nil {
						continue
					}
					if c, ok := ast.Unparen(rhsAt(s, i)).(*ast.CallExpr); ok && IsRecover(info, c) {
						vars[v] = true
					} else {
						other[v] = true
					}
				}
			case *ast.ValueSpec:
				for _, name := range s.Names {
					if v, ok := info.Defs[name].(*types.Var); ok {
						other[v] = true
					}
				}
			case *ast.UnaryExpr:
				if v := object(s.X); s.Op == token.AND && v != nil {
					other[v] = true
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{s.Key, s.Value} {
					if v := object(e); e != nil && v != nil {
						other[v] = true
					}
				}
			}
			return true
		})
	}
	for v := range other {
		delete(vars, v)
	}
	return vars
}

// rhsAt is the value that an assignment assigns its i-th left side, or
// nil where one call assigns them all.
func rhsAt(s *ast.AssignStmt, i int) ast.Expr {
	if len(s.Lhs) != len(s.Rhs) {
		return nil
	}
	return s.Rhs[i]
}

// IsRecovered reports whether e is a call of recover or a variable of
// only (see OnlyRecovered).
func IsRecovered(info *types.Info, only map[*types.Var]bool, e ast.Expr) bool {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok {
		return IsRecover(info, c)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && only[v]
}

// panicCarried returns the types, but interfaces, that the panics of
// pkg's files may carry (see RecoveredTypes), of the script's or not.
func panicCarried(files []*ast.File, pkg *types.Package, info *types.Info) []types.Type {
	var carried []types.Type
	add := func(t types.Type) {
		if t == nil || types.IsInterface(t) {
			return
		}
		for _, u := range carried {
			if types.Identical(u, t) {
				return
			}
		}
		carried = append(carried, t)
	}
	var ifaces []*types.Interface
	again := OnlyRecovered(info, files)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 || builtinName(info, call) != "panic" || IsRecovered(info, again, call.Args[0]) {
				return true
			}
			t := info.TypeOf(call.Args[0])
			if t == nil {
				return true
			}
			if it, ok := t.Underlying().(*types.Interface); ok {
				ifaces = append(ifaces, it)
			} else {
				add(t)
			}
			return true
		})
	}
	if len(ifaces) > 0 {
		for _, t := range convertedTypes(files, pkg, info) {
			for _, it := range ifaces {
				if types.Implements(t, it) {
					add(t)
					break
				}
			}
		}
	}
	return carried
}

// declaredElsewhere reports whether t, or what it points to, is a named
// type of another package than pkg.
func declaredElsewhere(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != pkg
}

// recoveredAs returns the interface that keeps the methods of a value of
// t that compiled code and assertions look for: "error" where it has
// Error() string, "fmt.Stringer" where it has String() string alone.
func recoveredAs(t types.Type, pkg *types.Package) string {
	switch {
	case hasTextMethod(t, pkg, "Error"):
		return "error"
	case hasTextMethod(t, pkg, "String"):
		return "fmt.Stringer"
	}
	return ""
}

// hasTextMethod reports whether the method set of t holds name() string.
func hasTextMethod(t types.Type, pkg *types.Package, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// topLevel reports whether t is a type that pkg declares at its top
// level without type parameters, or a pointer to one: a type every file
// of the package can name.
func topLevel(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() == pkg && n.Obj().Parent() == pkg.Scope() && n.TypeParams().Len() == 0 && n.TypeArgs().Len() == 0
}

// convertedTypes returns the types, but interfaces, of the values that
// files convert to an interface type, explicitly (any(v)) or where they
// go to one (an assignment, a variable's value, an argument, a result, an
// element of a composite literal, a send), or to a type not known (which
// runner/refuse, checking a script with the packages it imports empty,
// does not see), in the order of the source; and of every argument of a
// function of another package, which may hand it back as an interface,
// and whose parameters runner/refuse does not see typed either.
func convertedTypes(files []*ast.File, pkg *types.Package, info *types.Info) []types.Type {
	var out []types.Type
	to := func(dst types.Type, e ast.Expr) {
		known := dst != nil && dst != types.Typ[types.Invalid]
		if e == nil || known && !types.IsInterface(dst) {
			return
		}
		if t := info.TypeOf(e); t != nil && !types.IsInterface(t) {
			if _, tuple := t.(*types.Tuple); !tuple {
				out = append(out, t)
			}
		}
	}
	for _, f := range files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					if len(n.Args) == 1 {
						to(tv.Type, n.Args[0])
					}
					break
				}
				sig, ok := info.TypeOf(n.Fun).(*types.Signature)
				for i, a := range n.Args {
					if !ok || callsLibrary(info, pkg, n) {
						to(nil, a) // Go's library may hand it back as an interface (a context's Value, sync.Map)
					} else {
						to(paramType(sig, i, n.Ellipsis.IsValid()), a)
					}
				}
			case *ast.AssignStmt:
				if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						to(info.TypeOf(l), n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if n.Type != nil && len(n.Values) == len(n.Names) {
					for _, v := range n.Values {
						to(info.TypeOf(n.Type), v)
					}
				}
			case *ast.ReturnStmt:
				if sig := enclosingSignature(info, stack); sig != nil && sig.Results().Len() == len(n.Results) {
					for i, r := range n.Results {
						to(sig.Results().At(i).Type(), r)
					}
				}
			case *ast.SendStmt:
				if ch, ok := litUnder(info.TypeOf(n.Chan)).(*types.Chan); ok {
					to(ch.Elem(), n.Value)
				}
			case *ast.CompositeLit:
				litElements(info, n, to)
			}
			return true
		})
	}
	return out
}

// callsLibrary reports whether call calls a function or method of
// another package than pkg (of Go's library, whose types runner/refuse
// does not see).
func callsLibrary(info *types.Info, pkg *types.Package, call *ast.CallExpr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.Ident:
		id = f
	default:
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg() != pkg
}

// enclosingSignature returns the signature of the innermost function in
// stack.
func enclosingSignature(info *types.Info, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := info.TypeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if fn, ok := info.Defs[f.Name].(*types.Func); ok {
				return fn.Type().(*types.Signature)
			}
			return nil
		}
	}
	return nil
}

// litElements calls to with the type each element of lit goes to.
func litElements(info *types.Info, lit *ast.CompositeLit, to func(types.Type, ast.Expr)) {
	switch u := litUnder(info.TypeOf(lit)).(type) {
	case *types.Slice:
		for _, e := range lit.Elts {
			to(u.Elem(), keyedValue(e))
		}
	case *types.Array:
		for _, e := range lit.Elts {
			to(u.Elem(), keyedValue(e))
		}
	case *types.Map:
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				to(u.Key(), kv.Key)
				to(u.Elem(), kv.Value)
			}
		}
	case *types.Struct:
		for i, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok {
						to(v.Type(), kv.Value)
					}
				}
			} else if i < u.NumFields() {
				to(u.Field(i).Type(), e)
			}
		}
	}
}

// keyedValue is the value of an element of a composite literal.
func keyedValue(e ast.Expr) ast.Expr {
	if kv, ok := e.(*ast.KeyValueExpr); ok {
		return kv.Value
	}
	return e
}

// litUnder is t's underlying type, through a pointer to a composite
// literal's type (&T{...} elided in a literal), or nil.
func litUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t.Underlying()
}
