package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// gc builds a map composite literal one entry at a time, in the order of
// the source (m[k1] = v1; m[k2] = v2), so that a variable an entry reads
// is read before a later entry's call runs; the interpreter runs the
// entries' calls first and reads the plain variables when it builds the
// map (map[string]int{"a": x, "b": f()} took x as f left it). This pass
// writes such a literal as a function literal, called at once, that
// builds the map entry by entry:
//
//	map[string]int{"a": x, "b": f()}   =>   func() map[string]int { _m1 := make(map[string]int, 2); _m1["a"] = x; _m1["b"] = f(); return _m1 }()
//
// (with /*line*/ comments that keep every column, each entry on its own
// line), each entry stored in gc's order of m[k] = v (see entryOrderOf),
// and the entries of constants first where gc stores them so (see
// staticsLater). It rewrites only a literal where the order can differ:
// an entry after the first calls a function, receives or asserts a type,
// and an entry before it reads more than constants, literals and
// functions; or an entry's value acts where its key reads what gc reads
// after it (map[int]int{-x: f()}); or an entry of constants follows one
// whose key is not a constant. A literal whose type an outer slice,
// array or struct literal gives it (its type elided) is written with the
// type spelled out. One it cannot write so (its type elided inside another
// map's literal, its address taken, an entry that calls recover) is
// refused.

func mapLiterals(p *Package, f *ast.File, e *Editor) {
	type found struct {
		lit   *ast.CompositeLit
		addr  bool // the operand of &
		inMap bool // a key or value of another map literal
	}
	var lits []found
	o := orderOf{info: p.Info}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if m, isMap := o.under(lit).(*types.Map); !isMap || !mapOrderDiffers(o, lit) && !o.entriesDiffer(m, lit) && !o.staticsLater(m, lit) {
			return true
		}
		addr, inMap := false, false
		if len(stack) > 0 {
			if u, ok := stack[len(stack)-1].(*ast.UnaryExpr); ok && u.Op == token.AND {
				addr = true
			}
		}
		if len(stack) > 1 {
			if _, ok := stack[len(stack)-1].(*ast.KeyValueExpr); ok {
				if outer, ok := stack[len(stack)-2].(*ast.CompositeLit); ok {
					_, inMap = o.under(outer).(*types.Map)
				}
			}
		}
		lits = append(lits, found{lit, addr, inMap})
		return true
	})
	if len(lits) == 0 {
		return
	}
	// Once the other passes have edited the entries and the type, whose
	// text the function literal copies.
	e.Later(func() {
		for _, l := range lits {
			at, what, why := mapRefusal(p, l.lit, l.addr, l.inMap)
			if why == "" {
				at, why = liftMapLit(p, f, e, l.lit)
			}
			if why != "" {
				fix := "put the call's result in a variable of its own first (v := f()) and write v in the literal"
				if l.lit.Type == nil {
					fix = "write the literal's type before it (map[K]V{...}), or " + fix
				}
				e.Refuse(at, "the interpreter would run this call of a map literal before it reads %s, unlike Go, and socklab cannot rewrite this literal, as %s: %s", what, why, fix)
			}
		}
	})
}

// mapOrderDiffers reports whether lit is a map literal whose entries the
// interpreter could evaluate in another order than gc: an entry after the
// first acts (calls, receives, asserts) and one before it reads something
// that the action could change.
func mapOrderDiffers(o orderOf, lit *ast.CompositeLit) bool {
	if _, ok := o.under(lit).(*types.Map); !ok || len(lit.Elts) < 2 {
		return false
	}
	reads := false
	for i, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if i > 0 && reads && (o.acts(kv.Key, false) || o.acts(kv.Value, false)) {
			return true
		}
		reads = reads || !fixedValue(o.info, kv.Key) || !fixedValue(o.info, kv.Value)
	}
	return false
}

// fixedValue reports whether x is the same whenever it is evaluated: a
// constant, nil, a function or a literal made of such values.
func fixedValue(info *types.Info, x ast.Expr) bool {
	x = ast.Unparen(x)
	if tv, ok := info.Types[x]; ok && (tv.Value != nil || tv.IsNil()) {
		return true
	}
	switch x := x.(type) {
	case *ast.BasicLit, *ast.FuncLit:
		return true
	case *ast.Ident:
		_, fn := info.Uses[x].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		_, fn := info.Uses[x.Sel].(*types.Func)
		return fn && info.Selections[x] == nil // a package's function
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if !fixedValue(info, el) {
				return false
			}
		}
		return true
	case *ast.KeyValueExpr:
		return fixedValue(info, x.Key) && fixedValue(info, x.Value)
	}
	return false
}

// mapRefusal returns why lit cannot be written as a function literal, and
// where, or "", with what the interpreter reads too late there.
func mapRefusal(p *Package, lit *ast.CompositeLit, addr, inMap bool) (at token.Pos, what, why string) {
	o := orderOf{info: p.Info}
	at, what = lit.Pos(), "the entries written before it"
	if !mapOrderDiffers(o, lit) {
		m := o.under(lit).(*types.Map)
		for _, el := range lit.Elts {
			if kv := el.(*ast.KeyValueExpr); o.entryOrderOf(m, kv) != entryAsIs {
				at, what = firstAction(o, kv), "its entry's key"
				break
			}
		}
	}
	for i, el := range lit.Elts {
		if at != lit.Pos() {
			break
		}
		if kv := el.(*ast.KeyValueExpr); i > 0 && (o.acts(kv.Key, false) || o.acts(kv.Value, false)) {
			at = firstAction(o, kv)
		}
	}
	switch {
	case lit.Type == nil && inMap:
		return at, what, "its type is not written in it, inside another map's literal"
	case lit.Type == nil && !isMapType(p.Info.TypeOf(lit)):
		return at, what, "its type is not written in it"
	case addr:
		return at, what, "its address is taken"
	}
	if _, param := types.Unalias(p.Info.TypeOf(lit)).(*types.TypeParam); param {
		return at, what, "its type is a type parameter"
	}
	recovers := false // which the function literal would call, not the deferred one
	ast.Inspect(lit, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if c, ok := n.(*ast.CallExpr); ok && builtinName(p.Info, c) == "recover" {
			recovers = true
		}
		return !recovers
	})
	if recovers {
		return at, what, "an entry calls recover"
	}
	return token.NoPos, "", ""
}

// firstAction returns the position of the first call, receive or
// assertion of kv that acts (see orderOf.acts).
func firstAction(o orderOf, kv *ast.KeyValueExpr) token.Pos {
	at := token.NoPos
	ast.Inspect(kv, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if !o.quietCall(x) {
				at = x.Pos()
			}
		case *ast.UnaryExpr:
			if x.Op == token.ARROW {
				at = x.Pos()
			}
		case *ast.TypeAssertExpr:
			at = x.Pos()
		}
		return !at.IsValid()
	})
	if !at.IsValid() {
		return kv.Pos()
	}
	return at
}

// liftMapLit writes lit as a function literal that builds the map entry by
// entry; it returns where and why it cannot, or "".
func liftMapLit(p *Package, f *ast.File, e *Editor, lit *ast.CompositeLit) (token.Pos, string) {
	mt, _ := ast.Unparen(lit.Type).(*ast.MapType)
	mapType := p.Info.TypeOf(lit).Underlying().(*types.Map)
	// elided returns the type to write before an entry's composite literal
	// whose type the map's type gives it.
	elided := func(x ast.Expr, typeExpr ast.Expr, t types.Type) (string, bool) {
		c, ok := ast.Unparen(x).(*ast.CompositeLit)
		if !ok || c.Type != nil {
			return "", true
		}
		amp := ""
		if ptr, isPtr := t.Underlying().(*types.Pointer); isPtr {
			amp, t = "&", ptr.Elem()
			if star, ok := typeExpr.(*ast.StarExpr); ok {
				typeExpr = star.X
			} else {
				typeExpr = nil
			}
		}
		if typeExpr != nil {
			return amp + e.editedWithin(typeExpr.Pos(), typeExpr.End()), true
		}
		text, ok := orderOf{info: p.Info}.typeText(p, f, t)
		return amp + text, ok
	}
	var keyExpr, valueExpr ast.Expr
	if mt != nil {
		keyExpr, valueExpr = mt.Key, mt.Value
	}
	type entry struct{ key, value string }
	entries := make([]entry, len(lit.Elts))
	for i, el := range lit.Elts {
		kv := el.(*ast.KeyValueExpr)
		k, okK := elided(kv.Key, keyExpr, mapType.Key())
		v, okV := elided(kv.Value, valueExpr, mapType.Elem())
		if !okK || !okV {
			return kv.Pos(), "the type of an entry's literal cannot be written in this file"
		}
		entries[i] = entry{k, v}
	}
	o := orderOf{info: p.Info}
	// declare returns the start and the end of a declaration of a
	// variable name of the map's key or element type, for x.
	declare := func(name string, x, typeExpr ast.Expr, t types.Type) (string, string, bool) {
		text, ok := "", false
		if typeExpr != nil {
			text, ok = e.editedWithin(typeExpr.Pos(), typeExpr.End()), true
		} else {
			text, ok = o.typeText(p, f, t)
		}
		switch {
		case ok && namedBool(t) && !o.hole(x):
			// a comparison, whose type the interpreter makes bool
			return name + " := " + text + "(", ")", true
		case ok:
			return "var " + name + " " + text + " = ", "", true
		}
		if b, ok := p.Info.TypeOf(x).(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return "", "", false
		}
		return name + " := ", "", true // its own type, which assigns as the map's
	}
	m := e.Name("m")
	var typ string
	if lit.Type != nil {
		typ = e.editedWithin(lit.Type.Pos(), lit.Type.End())
	} else if text, ok := o.typeText(p, f, p.Info.TypeOf(lit)); ok {
		typ = text // elided in an outer literal, which gives it its type
	} else {
		return lit.Pos(), "its type, not written in it, cannot be written in this file"
	}
	if lit.Type == nil {
		e.Insert(lit.Pos(), "func() "+typ+" "+e.lineAt(lit.Pos()))
	} else {
		e.Insert(lit.Pos(), "func() "+e.lineAt(lit.Pos()))
	}
	// Where gc's static entries go first, they go into the map, and the
	// others into a second one, copied over them at the end.
	dyn, ret := m, " return "+m+" }()"
	if o.staticsLater(mapType, lit) {
		dyn = e.Name("m")
		k, v := e.Name("k"), e.Name("v")
		ret = fmt.Sprintf(" for %s, %s := range %s { %s[%s] = %s }; return %s }()", k, v, dyn, m, k, v, m)
		e.Replace(lit.Lbrace, lit.Lbrace+1, fmt.Sprintf("{ %s, %s := make(%s, %d), make(%s); ", m, dyn, typ, len(lit.Elts), typ))
	} else {
		e.Replace(lit.Lbrace, lit.Lbrace+1, fmt.Sprintf("{ %s := make(%s, %d); ", m, typ, len(lit.Elts)))
	}
	for i, el := range lit.Elts {
		kv := el.(*ast.KeyValueExpr)
		into := m // the map the entry goes into
		if !o.staticEntry(mapType, kv) {
			into = dyn
		}
		end := ";"
		switch o.entryOrderOf(mapType, kv) {
		case entryAsIs:
			e.Insert(kv.Key.Pos(), into+"["+entries[i].key+e.lineAt(kv.Key.Pos()))
			e.Replace(kv.Colon, kv.Colon+1, "] =")
		case entryEarly:
			// The key into a variable, then the value, then the entry.
			k, v := e.Name("k"), e.Name("v")
			declK, closeK, okK := declare(k, kv.Key, keyExpr, mapType.Key())
			declV, closeV, okV := declare(v, kv.Value, valueExpr, mapType.Elem())
			if !okK || !okV {
				return kv.Pos(), "the type of an entry cannot be written in this file"
			}
			e.Insert(kv.Key.Pos(), declK+entries[i].key+e.lineAt(kv.Key.Pos()))
			e.Replace(kv.Colon, kv.Colon+1, closeK+"; "+declV)
			end = closeV + "; " + into + "[" + k + "] = " + v + ";"
		case entryLate:
			// The key's calls, then the value, then the rest of the key
			// and the entry.
			v := e.Name("v")
			declV, closeV, okV := declare(v, kv.Value, valueExpr, mapType.Elem())
			holes := o.keyHoles(kv.Key)
			text, holeTexts, ok := e.take(kv.Key.Pos(), kv.Key.End(), holes, false)
			if !okV || !ok || strings.ContainsAny(text+strings.Join(holeTexts, ""), "\n\r") {
				return kv.Pos(), "its entry's key cannot be moved after its value"
			}
			var decl strings.Builder
			for j, h := range holes {
				name := e.Name("o")
				decl.WriteString(name + " := " + e.lineAt(h.Pos()) + holeTexts[j] + "; ")
				text = strings.Replace(text, holeMark(j), e.lineAt(h.Pos())+name+e.lineAt(h.End()), 1)
			}
			e.Replace(kv.Key.Pos(), kv.Key.End(), decl.String())
			e.Replace(kv.Colon, kv.Colon+1, declV)
			end = closeV + "; " + into + "[" + entries[i].key + e.lineAt(kv.Key.Pos()) + text + "] = " + v + ";"
		}
		e.Insert(kv.Value.Pos(), entries[i].value+e.lineAt(kv.Value.Pos()))
		if comma, ok := e.commaAfter(kv.Value.End(), lit.Rbrace); ok {
			e.Replace(comma, comma+1, end)
		} else {
			e.Insert(kv.Value.End(), end)
		}
	}
	e.Replace(lit.Rbrace, lit.Rbrace+1, ret+e.lineAt(lit.End()))
	return token.NoPos, ""
}

// commaAfter returns the position of the comma that follows pos before
// end, past spaces and comments.
func (e *Editor) commaAfter(pos, end token.Pos) (token.Pos, bool) {
	src := e.src[:e.file.Offset(end)]
	for i := e.file.Offset(pos); i < len(src); i++ {
		switch c := src[i]; {
		case c == ',':
			return e.file.Pos(i), true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i += 2
			for i+1 < len(src) && !(src[i] == '*' && src[i+1] == '/') {
				i++
			}
			i++
		default:
			return token.NoPos, false
		}
	}
	return token.NoPos, false
}

// editedWithin is Edited without the insertions at pos and at end, which
// belong to what encloses the text (lift.Show's call around a printed
// literal starts where the literal's type does).
func (e *Editor) editedWithin(pos, end token.Pos) string {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	kept := e.edits[:0:0]
	for _, ed := range e.edits {
		if ed.start != ed.end || ed.start != start && ed.start != stop {
			kept = append(kept, ed)
		}
	}
	all := e.edits
	e.edits = kept
	defer func() { e.edits = all }()
	return e.Edited(pos, end)
}

// isMapType reports whether t is a map type, named or not, and not a
// pointer to one (whose elided literal stands for &map...{}).
func isMapType(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}
