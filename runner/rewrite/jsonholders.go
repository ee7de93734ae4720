package rewrite

import (
	"go/ast"
	"go/types"
)

// A value that an interface holds reaches lift.JSONMarshal as the
// interpreter keeps it: a value of a type with MarshalJSON or MarshalText
// beside the type's name, which lift finds (see heldBare), and a value of
// a struct type without methods that holds one (type Status struct{ Level
// Level }) bare, in its runtime form (struct{ Level int }), where the
// methods are gone. The file's table lists the package's struct types
// that hold such a type (marshalHolders), by their runtime forms, with
// their descriptions, in which lift finds the methods again
// (lift.JSONTableHolders). A value of another type that holds one (a
// []Level, a struct literal's, a type declared on a slice) has nothing at
// run time that says so: where the package puts one in an interface,
// heldLost reports it, and the encoding of an interface is refused.

// isMarshalerType reports whether t is a type that pkg declares at its top
// level with MarshalJSON or MarshalText.
func isMarshalerType(pkg *types.Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg && !types.IsInterface(n) && firstMethod(n, jsonMarshalMethods...) != ""
}

// holdsMarshaler reports whether t is or holds a type that pkg declares
// with MarshalJSON or MarshalText.
func holdsMarshaler(pkg *types.Package, t types.Type) bool {
	return Involves(t, func(u types.Type) bool { return isMarshalerType(pkg, u) })
}

// marshalHolders returns the struct types that pkg declares at its top
// level, without type parameters, that hold a type with MarshalJSON or
// MarshalText and have none themselves, where lift can find a value of
// one in an interface by its runtime form: lift.JSONMarshal encodes it as
// Go does by its description (marshalWalk), and no other struct type of
// the package has that runtime form, for which lift would take it.
func marshalHolders(pkg *types.Package, info *types.Info) []*types.Named {
	var cands []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || firstMethod(n, jsonMarshalMethods...) != "" {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct || !holdsMarshaler(pkg, n) {
			continue
		}
		if found, bad, _ := marshalWalk(pkg, n); found && !bad {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// The runtime forms of the package's struct types, named or not.
	forms := map[string][]types.Type{}
	add := func(u types.Type) {
		f := RuntimeForm(pkg, u, nil)
		for _, o := range forms[f] {
			if types.Identical(o, u) {
				return
			}
		}
		forms[f] = append(forms[f], u)
	}
	// The struct of a type's declaration is the type's own, not a twin.
	seen := map[types.Type]bool{}
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
			seen[tn.Type().Underlying()] = true
		}
	}
	var note func(t types.Type)
	note = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named: // its fields are noted where they are declared
			if _, isStruct := u.Underlying().(*types.Struct); isStruct {
				add(u)
			}
		case *types.Pointer:
			note(u.Elem())
		case *types.Slice:
			note(u.Elem())
		case *types.Array:
			note(u.Elem())
		case *types.Map:
			note(u.Key())
			note(u.Elem())
		case *types.Chan:
			note(u.Elem())
		case *types.Struct:
			add(u)
			for i := range u.NumFields() {
				note(u.Field(i).Type())
			}
		}
	}
	for _, tv := range info.Types {
		note(tv.Type)
	}
	for _, obj := range info.Defs {
		if obj != nil {
			note(obj.Type())
		}
	}
	var out []*types.Named
	for _, n := range cands {
		unique := true
		for _, o := range forms[RuntimeForm(pkg, n, nil)] {
			if !types.Identical(o, n) {
				unique = false
			}
		}
		if unique {
			out = append(out, n)
		}
	}
	return out
}

// heldLost reports whether pkg puts in an interface a value of a type
// whose types with MarshalJSON or MarshalText lift cannot find at run time
// (see lostIn), in any form: an assignment or a declaration, a result, an
// argument (but of fmt's and log's printing and encoding/json's, which keep
// nothing), a conversion, a composite literal's element, a send.
func heldLost(pkg *types.Package, info *types.Info, files []*ast.File) bool {
	holders := map[*types.Named]bool{}
	for _, n := range marshalHolders(pkg, info) {
		holders[n] = true
	}
	lost := false
	flows := func(x ast.Expr, to types.Type) {
		t := info.TypeOf(x)
		if !lost && t != nil && to != nil && types.IsInterface(to) && !types.IsInterface(t) && lostIn(pkg, holders, t, true) {
			lost = true
		}
	}
	for _, f := range files {
		interfaceFlows(info, f, flows)
		if lost {
			return true
		}
	}
	return false
}

// lostIn reports whether a value of t, put in an interface, holds a type
// with MarshalJSON or MarshalText that lift cannot find at run time: such
// a type itself is found by its name where top (heldBare rules on it),
// and a struct type of holders by its runtime form, through pointers,
// slices, arrays and maps; any other holds it in its runtime form alone.
func lostIn(pkg *types.Package, holders map[*types.Named]bool, t types.Type, top bool) bool {
	seen := map[types.Type]bool{}
	var walk func(u types.Type, top bool) bool
	walk = func(u types.Type, top bool) bool {
		if seen[u] {
			return false
		}
		seen[u] = true
		switch x := types.Unalias(u).(type) {
		case *types.Named:
			if x.Obj().Pkg() != pkg || types.IsInterface(x) {
				return false
			}
			if isMarshalerType(pkg, x) {
				return !top
			}
			if holders[x] || !holdsMarshaler(pkg, x) {
				return false
			}
			return walk(x.Underlying(), false)
		case *types.Pointer:
			return walk(x.Elem(), top)
		case *types.Slice:
			return walk(x.Elem(), false)
		case *types.Array:
			return walk(x.Elem(), false)
		case *types.Map:
			return walk(x.Key(), false) || walk(x.Elem(), false)
		case *types.Chan:
			return walk(x.Elem(), false)
		case *types.Struct:
			for i := range x.NumFields() {
				if walk(x.Field(i).Type(), false) {
					return true
				}
			}
		}
		return false
	}
	return walk(t, top)
}

// interfaceFlows calls flows for each expression of f that goes into a
// variable, a result, a parameter, an element or a conversion of the type
// to, where to may be an interface: an assignment or a declaration with a
// type, a return, a call's argument (but where keepsNothing), a
// conversion, a composite literal's element or key, a send.
func interfaceFlows(info *types.Info, f *ast.File, flows func(x ast.Expr, to types.Type)) {
	var results []*types.Tuple
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			body, res := funcBody(info, x)
			if body == nil {
				return false
			}
			results = append(results, res)
			ast.Inspect(body, walk)
			results = results[:len(results)-1]
			return false
		case *ast.AssignStmt:
			if len(x.Lhs) == len(x.Rhs) {
				for i, r := range x.Rhs {
					flows(r, info.TypeOf(x.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if x.Type != nil {
				for _, v := range x.Values {
					flows(v, info.TypeOf(x.Type))
				}
			}
		case *ast.SendStmt:
			if ch, ok := types.Unalias(info.TypeOf(x.Chan)).Underlying().(*types.Chan); ok {
				flows(x.Value, ch.Elem())
			}
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1] != nil {
				res := results[len(results)-1]
				if len(x.Results) == res.Len() {
					for i, r := range x.Results {
						flows(r, res.At(i).Type())
					}
				}
			}
		case *ast.CompositeLit:
			compositeFlows(info, x, flows)
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
				if len(x.Args) == 1 {
					flows(x.Args[0], tv.Type)
				}
				return true
			}
			if keepsNothing(info, x) {
				return true
			}
			sig, ok := types.Unalias(info.TypeOf(x.Fun)).(*types.Signature)
			if !ok {
				return true
			}
			for i, a := range x.Args {
				var pt types.Type
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1:
					pt = sig.Params().At(sig.Params().Len() - 1).Type()
					if !x.Ellipsis.IsValid() {
						if sl, ok := pt.(*types.Slice); ok {
							pt = sl.Elem()
						}
					}
				case i < sig.Params().Len():
					pt = sig.Params().At(i).Type()
				}
				flows(a, pt)
			}
		}
		return true
	}
	ast.Inspect(f, walk)
}

// compositeFlows calls flows for each element (and map key) of lit with
// the type it goes into.
func compositeFlows(info *types.Info, lit *ast.CompositeLit, flows func(x ast.Expr, to types.Type)) {
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok { // &T{...} elided in a literal
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
		var elem types.Type
		if s, ok := u.(*types.Slice); ok {
			elem = s.Elem()
		} else {
			elem = u.(*types.Array).Elem()
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			flows(el, elem)
		}
	case *types.Map:
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				flows(kv.Key, u.Key())
				flows(kv.Value, u.Elem())
			}
		}
	case *types.Struct:
		for i, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if fv, ok := info.Uses[id].(*types.Var); ok {
						flows(kv.Value, fv.Type())
					}
				}
				continue
			}
			if i < u.NumFields() {
				flows(el, u.Field(i).Type())
			}
		}
	}
}

// funcBody returns the body of n, a function declaration or literal, and
// the results of its signature (nil where the type checker gave none).
func funcBody(info *types.Info, n ast.Node) (*ast.BlockStmt, *types.Tuple) {
	var sig *types.Signature
	var body *ast.BlockStmt
	switch f := n.(type) {
	case *ast.FuncDecl:
		if obj, ok := info.Defs[f.Name].(*types.Func); ok {
			sig = obj.Type().(*types.Signature)
		}
		body = f.Body
	case *ast.FuncLit:
		sig, _ = info.TypeOf(f).(*types.Signature)
		body = f.Body
	}
	if sig == nil {
		return body, nil
	}
	return body, sig.Results()
}
