package rewrite

import (
	"go/ast"
	"go/types"
)

// slog's handlers print a value of a struct type with fmt's %+v
// (TextHandler, and the default handler) or with encoding/json
// (JSONHandler). The interpreter hands compiled slog its own copy of a
// script's struct type, whose unexported fields are exported (Xhost) and
// whose embedded fields are plain ones, so slog printed {Xhost:::1
// Xport:80} where Go prints {host:::1 port:80}, and {"Xhost":"::1",...}
// where Go prints {}. This pass hands slog's logging functions and
// *slog.Logger's methods (those of pass logvaluer: Info, Log, With, ...)
// a stand-in for such a value, which prints as Go prints it through both
// (lift.SlogShow: a fmt.Formatter and a json.Marshaler):
//
//	log.Info("accepted", "peer", p)   =>   log.Info("accepted", "peer", lift.SlogShow(p, _slT1))
//
// The stand-in is never seen by the script where slog's own handlers
// format it: the pass hands it over only in a package that declares no
// handler of its own (as pass logvaluer) and whose ReplaceAttr functions
// look at an attribute's key alone (SlogShows), and only for a value whose
// type holds nothing that the stand-in would print otherwise than Go
// (SlogShowable). runner/refuse refuses the rest.

func slogShows(p *Package, f *ast.File, e *Editor) {
	if !SlogShows(p.Types, p.Info, p.Files) {
		return
	}
	s := &shower{p: p, f: f, e: e, descs: map[string]string{}}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || !LogValuerCall(p.Info, call) {
			return true
		}
		sig, ok := p.Info.TypeOf(call.Fun).(*types.Signature)
		if !ok || !sig.Variadic() {
			return true
		}
		for _, a := range call.Args[sig.Params().Len()-1:] {
			if t := p.Info.TypeOf(a); t != nil && SlogShowable(p.Types, t) {
				s.wrap(a, t, "SlogShow")
			}
		}
		return true
	})
}

// SlogShows reports whether pass slogshow hands slog stand-ins for pkg's
// values: where it imports log/slog, declares no slog.Handler (see
// LiftedLogValuer), and each function it sets as a HandlerOptions'
// ReplaceAttr is one of its own whose slog.Attr parameter it reads only
// as a.Key (or a.Value.Kind()), assigns, or returns whole.
func SlogShows(pkg *types.Package, info *types.Info, files []*ast.File) bool {
	if LiftedLogValuer(pkg, info) == nil {
		return false
	}
	decls := map[types.Object]*ast.FuncDecl{}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				decls[info.Defs[fd.Name]] = fd
			}
		}
	}
	safe := func(fn ast.Expr) bool {
		switch fn := ast.Unparen(fn).(type) {
		case *ast.FuncLit:
			return keyOnly(info, fn.Type, fn.Body)
		case *ast.Ident:
			if fd := decls[info.Uses[fn]]; fd != nil {
				return keyOnly(info, fd.Type, fd.Body)
			}
		}
		return false
	}
	ok := true
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, isID := n.Key.(*ast.Ident); isID && replaceAttrField(info.Uses[id]) && !safe(n.Value) {
					ok = false
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if sel, isSel := l.(*ast.SelectorExpr); isSel && replaceAttrField(info.Uses[sel.Sel]) && (len(n.Rhs) != len(n.Lhs) || !safe(n.Rhs[i])) {
						ok = false
					}
				}
			case *ast.CompositeLit:
				// HandlerOptions{f, ...} sets ReplaceAttr without its name.
				if t := info.TypeOf(n); t != nil && isSlogType(t, "HandlerOptions") && len(n.Elts) > 0 {
					if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
						ok = false
					}
				}
			}
			return ok
		})
	}
	return ok
}

// replaceAttrField reports whether obj is slog.HandlerOptions' field
// ReplaceAttr.
func replaceAttrField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Name() == "ReplaceAttr" && v.Pkg() != nil && v.Pkg().Path() == "log/slog"
}

// isSlogType reports whether t is slog's type of that name, or a pointer
// to it.
func isSlogType(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "log/slog" && n.Obj().Name() == name
}

// keyOnly reports whether the function of type ft and body reads its
// slog.Attr parameter (its last) only as a.Key or a.Value.Kind(),
// assigns it, or returns it whole: it cannot see the value an attribute
// holds, so a stand-in there goes on to the handler unseen.
func keyOnly(info *types.Info, ft *ast.FuncType, body *ast.BlockStmt) bool {
	if body == nil || ft.Params == nil || len(ft.Params.List) == 0 {
		return false
	}
	last := ft.Params.List[len(ft.Params.List)-1]
	if len(last.Names) == 0 {
		return true // unnamed: never read
	}
	param := info.Defs[last.Names[len(last.Names)-1]]
	if param == nil || !isSlogType(param.Type(), "Attr") {
		return false
	}
	ok := true
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == param && !attrUseSafe(id, stack) {
			ok = false
		}
		stack = append(stack, n)
		return ok
	})
	return ok
}

// attrUseSafe reports whether id, the attribute parameter, is used where
// its value cannot be seen: a.Key, a.Value.Kind(), the left side of an
// assignment, or a result returned whole.
func attrUseSafe(id *ast.Ident, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.SelectorExpr:
		if parent.Sel.Name == "Key" {
			return true
		}
		if parent.Sel.Name != "Value" || len(stack) < 3 {
			return false
		}
		kind, ok := stack[len(stack)-2].(*ast.SelectorExpr)
		call, isCall := stack[len(stack)-3].(*ast.CallExpr)
		return ok && isCall && kind.Sel.Name == "Kind" && call.Fun == kind
	case *ast.AssignStmt:
		for _, l := range parent.Lhs {
			if l == id {
				return true
			}
		}
	case *ast.ReturnStmt:
		return true
	}
	return false
}

// SlogShowable reports whether slog prints a value of t otherwise under
// the interpreter than Go, and lift.SlogShow prints it as Go: t holds a
// struct type pkg declares with an unexported or embedded field, and holds
// only types pkg declares (without type parameters, without a method that
// fmt, encoding/json or slog would call: String, Error, Format, GoString,
// MarshalText, MarshalJSON, LogValue), basic types, pointers, slices,
// arrays, maps and structs; no interface, channel or function, and no
// type of another package or declared in a function. What encoding/json encodes of it (the exported
// fields, through embedded ones) holds no float or complex number, whose
// values JSON may refuse, and no map of a key other than a string or an
// integer: JSONHandler's error would name the stand-in.
func SlogShowable(pkg *types.Package, t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	differs := false
	seen := map[types.Type]bool{}
	var walk func(t types.Type, encoded bool) bool
	walk = func(t types.Type, encoded bool) bool {
		switch u := types.Unalias(t).(type) {
		case *types.Basic:
			if u.Kind() == types.UnsafePointer || u.Kind() == types.Invalid {
				return false
			}
			return !encoded || u.Info()&(types.IsFloat|types.IsComplex) == 0
		case *types.Pointer:
			return walk(u.Elem(), encoded)
		case *types.Slice:
			return walk(u.Elem(), encoded)
		case *types.Array:
			return walk(u.Elem(), encoded)
		case *types.Map:
			if k, ok := u.Key().Underlying().(*types.Basic); encoded && (!ok || k.Info()&(types.IsString|types.IsInteger) == 0) {
				return false
			}
			return walk(u.Key(), encoded) && walk(u.Elem(), encoded)
		case *types.Named:
			if u.Obj().Pkg() != pkg || u.Obj().Parent() != pkg.Scope() || u.TypeParams().Len() > 0 || u.TypeArgs().Len() > 0 || seen[u] {
				return false // another package's, a function's, generic, or holding itself
			}
			for _, m := range []string{"String", "Error", "Format", "GoString", "MarshalText", "MarshalJSON", "LogValue"} {
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(u), false, u.Obj().Pkg(), m); obj != nil {
					if _, isFunc := obj.(*types.Func); isFunc {
						return false
					}
				}
			}
			seen[u] = true
			defer delete(seen, u)
			return walk(u.Underlying(), encoded)
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if !f.Exported() || f.Embedded() {
					differs = true
				}
				if !walk(f.Type(), encoded && (f.Exported() || f.Embedded())) {
					return false
				}
			}
			return true
		}
		return false
	}
	return walk(t, true) && differs
}
