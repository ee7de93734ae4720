package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Go evaluates a deferred call's function, receiver and arguments at the
// defer statement; the interpreter keeps a reference to each variable the
// call reads, and to the place where it computed each other argument, and
// reads them when the function returns: after the variable changed, or the
// place was reused by the next iteration of a loop. This pass saves the
// arguments in variables of their own, declared just before the defer
// statement (after the statement before it, on that line), which nothing
// changes afterwards:
//
//	x = 1                  =>   x = 1; _arg1 := x
//	defer fmt.Println(x)        defer fmt.Println(_arg1)
//
// A receiver is passed, saved, to a function literal that calls the
// method, since the interpreter reads a receiver when it calls:
//
//	defer c.Close()        =>   defer func(_r net.Conn) { _r.Close() }(_arg1)
//
// Saving an argument that can panic would move the panic to the line
// before, so such a call is refused instead. An argument that reads a
// variable through a pointer, a slice or a field reached through one
// (*p, t.n, s[0]) is a place of memory that the interpreter passes as it
// is, and reads when the function returns, after another name for it
// changed it (x = 42 after p := &x): one that is not saved is converted
// to its own type where it is, which copies it at the defer statement,
// where it panics as Go's does; one of an interface type is handed to a
// function literal that returns it, which copies it where a conversion
// does not:
//
//	defer show(*p)         =>   defer show(int(/*line :9:13*/*p)/*line :9:15*/)
//	defer fmt.Println(c.err)    =>   defer fmt.Println(func(_v1 error) error { return _v1 }(/*line :9:20*/c.err)/*line :9:25*/)
// The pass runs after those
// that declare loop variables at the top of a loop's body.

func savedArgs(p *Package, f *ast.File, e *Editor) {
	var at map[ast.Stmt]slot
	inspectDefers(f, func(d *ast.DeferStmt, stack []ast.Node) {
		if at == nil {
			at = slots(f)
		}
		saveDeferred(p, f, e, d, stack, at)
	})
}

func saveDeferred(p *Package, f *ast.File, e *Editor, d *ast.DeferStmt, stack []ast.Node, at map[ast.Stmt]slot) {
	body, loop := enclosingFunc(stack)
	if body == nil {
		return
	}
	call := d.Call
	recv, method := receiver(p, call)
	changes := func(x ast.Expr) bool {
		for _, v := range readVars(p, x) {
			if loop != nil && changedIn(p, loop, v, token.NoPos) || changedIn(p, body, v, d.End()) {
				return true
			}
		}
		return false
	}
	// A variable that a pointer or a function literal may change after
	// the defer statement (see aliasedIn), where the call copies it.
	aliased := func(x ast.Expr) bool {
		for _, v := range readVars(p, x) {
			if aliasedIn(p, f, v) && !canPanic(p, x) {
				return true
			}
		}
		return false
	}
	var saveArgs []int
	for i, a := range call.Args {
		if unchanging(p, a) {
			continue
		}
		if loop != nil || changes(a) || aliased(a) || packageVar(p, a) && e.Edited(a.Pos(), a.End()) == e.Text(a.Pos(), a.End()) {
			saveArgs = append(saveArgs, i)
		}
	}
	// A call after a saved argument is saved too, so that it goes first,
	// as Go makes it first (defer fmt.Println(total, flush()) prints the
	// total that flush left).
	if len(saveArgs) > 0 {
		for i := saveArgs[0] + 1; i < len(call.Args); i++ {
			if !slices.Contains(saveArgs, i) && callsIn(p.Info, call.Args[i:i+1]) {
				saveArgs = append(saveArgs, i)
			}
		}
		slices.Sort(saveArgs)
	}
	saveRecv := recv != nil && (changes(recv) || valueRecv(method) && aliased(recv) || copiedThroughPointer(p, body, loop, d, recv, method))
	if !saveRecv && !copyPlaces(p, f, e, call, saveArgs) {
		return
	}
	if len(saveArgs) == 0 && !saveRecv {
		return
	}
	s, ok := at[d]
	refuse := func(pos token.Pos, why string) {
		e.Refuse(pos, "the interpreter evaluates the arguments of a deferred call when the function returns, not at the defer statement, and %s: give the deferred call a variable that does not change, assigned on a line of its own", why)
	}
	if !ok {
		refuse(d.Pos(), "this one cannot be saved before it")
		return
	}
	if saveRecv {
		saveArgs = saveArgs[:0]
		for i, a := range call.Args {
			if !unchanging(p, a) {
				saveArgs = append(saveArgs, i)
			}
			// A function literal moves into the literal that calls
			// the method, where it is made when the function returns:
			// it must not read a variable each iteration declares.
			if lit, ok := a.(*ast.FuncLit); ok && loop != nil {
				if vars := loopCaptures(p, lit, loop); len(vars) > 0 {
					refuse(a.Pos(), "the function literal reads "+vars[0].Name()+", which each iteration of the loop declares anew")
					return
				}
			}
		}
	}
	var names, values []string
	save := func(x ast.Expr, text string) string {
		if canPanic(p, x) && !neverNilField(p, body, x) {
			refuse(x.Pos(), types.ExprString(x)+" could fail there")
			return ""
		}
		name := e.Name("arg")
		names = append(names, name)
		values = append(values, text)
		return name
	}
	saved := map[int]string{}
	if !saveRecv {
		// Go evaluates the arguments that call or receive first, in
		// order, and the others after them (fmt.Println(c, c.Set(4))
		// prints c as Set left it), where the interpreter, and the
		// printing pass's lift.Show(c, ...), evaluate them in order.
		var calling, plain []int
		for _, i := range saveArgs {
			if callsIn(p.Info, call.Args[i:i+1]) {
				calling = append(calling, i)
			} else {
				plain = append(plain, i)
			}
		}
		if loop != nil {
			// The printing pass's lift.Formatted(format, args...), which
			// the interpreter would call when the function returns, when
			// the variables saved in the loop's body hold the last
			// iteration's values: the call is saved whole.
			first, last := call.Args[saveArgs[0]], call.Args[saveArgs[len(saveArgs)-1]]
			if from, to, open, close, ok := e.around(first.Pos(), last.End()); ok {
				for _, a := range call.Args {
					if a.Pos() >= from && a.End() <= to && canPanic(p, a) && !neverNilField(p, body, a) {
						refuse(a.Pos(), types.ExprString(a)+" could fail there")
						return
					}
				}
				text := e.Edited(from, to)
				if strings.ContainsAny(text, "\n\r") || strings.Contains(text, "*/") {
					refuse(from, "the call spans lines or holds */")
					return
				}
				format, value := e.Name("arg"), e.Name("arg")
				e.Insert(s.pos, s.statement(format+", "+value+" := "+text))
				e.CommentOutAround(from, to, open, close, format+", "+value)
				return
			}
		}
		for _, i := range append(calling, plain...) {
			a := call.Args[i]
			if saved[i] = save(a, e.Edited(a.Pos(), a.End())); saved[i] == "" {
				return
			}
		}
		if !commentable(e, refuse, call.Args[saveArgs[0]].Pos(), call.Args[saveArgs[len(saveArgs)-1]].End()) {
			return
		}
		stmt := strings.Join(names, ", ") + " := " + strings.Join(values, ", ")
		if len(calling) > 0 && len(plain) > 0 {
			n := len(calling)
			stmt = strings.Join(names[:n], ", ") + " := " + strings.Join(values[:n], ", ") + "; " + strings.Join(names[n:], ", ") + " := " + strings.Join(values[n:], ", ")
		}
		e.Insert(s.pos, s.statement(stmt))
		for _, i := range saveArgs {
			// Before what the passes before this one wrote there (the
			// printing pass's lift.Show(), which the saved value holds.
			e.CommentOut(call.Args[i].Pos(), call.Args[i].End(), saved[i], "", true)
		}
		return
	}
	// The receiver: the method's own receiver type decides what Go saves,
	// the value (a copy) or its address.
	sig := method.Type().(*types.Signature)
	_, ptrRecv := sig.Recv().Type().(*types.Pointer)
	rt := p.Info.TypeOf(recv)
	_, ptrX := rt.Underlying().(*types.Pointer)
	recvText := e.Edited(recv.Pos(), recv.End())
	switch {
	case types.IsInterface(rt):
	case ptrRecv && !ptrX:
		recvText, rt = "&"+recvText, types.NewPointer(rt)
	case !ptrRecv && ptrX:
		if !neverNil(p, body, recv) {
			refuse(recv.Pos(), recvText+" is a pointer whose value the call copies, and it may be nil")
			return
		}
		// Go copies *recv at the defer statement; where recv is never
		// nil, the copy cannot fail, and is saved there.
		recvText, rt = "*"+recvText, rt.Underlying().(*types.Pointer).Elem()
	}
	rname := save(recv, recvText)
	if rname == "" {
		return
	}
	for _, i := range saveArgs {
		a := call.Args[i]
		if saved[i] = save(a, e.Edited(a.Pos(), a.End())); saved[i] == "" {
			return
		}
	}
	if !commentable(e, refuse, call.Pos(), call.End()) {
		return
	}
	rtName, ok := typeName(p, f, rt, false)
	if !ok {
		refuse(recv.Pos(), "the type of "+recvText+" has no name here")
		return
	}
	r := e.Name("r")
	params, ptypes := []string{r + " " + rtName}, []string{rtName}
	var inner, outer []string
	outer = append(outer, rname)
	for i, a := range call.Args {
		if name, ok := saved[i]; ok {
			pt := paramType(sig, i, call.Ellipsis.IsValid())
			tn, ok := typeName(p, f, pt, false)
			if !ok {
				refuse(a.Pos(), "the type of "+types.ExprString(a)+" has no name here")
				return
			}
			pn := e.Name("p")
			params, ptypes = append(params, pn+" "+tn), append(ptypes, tn)
			inner = append(inner, pn)
			outer = append(outer, name)
			continue
		}
		inner = append(inner, e.Edited(a.Pos(), a.End()))
	}
	dots := ""
	if call.Ellipsis.IsValid() {
		dots = "..."
	}
	sel := call.Fun.(*ast.SelectorExpr)
	e.Insert(s.pos, s.statement(strings.Join(names, ", ")+" := "+strings.Join(values, ", ")))
	lit := frameCall(d, "func("+strings.Join(params, ", ")+") { "+r+"."+sel.Sel.Name+"("+strings.Join(inner, ", ")+dots+") }", ptypes)
	e.CommentOut(call.Pos(), call.End(), lit+"("+strings.Join(outer, ", ")+")", "", false)
}

// copyPlaces converts each argument of a deferred call that is not in
// saved and reads memory through a pointer or a slice (see placeThrough)
// to its own type, which copies it at the defer statement. It refuses the
// call, and reports false, where an argument's type has no name here.
func copyPlaces(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, saved []int) bool {
	for i, a := range call.Args {
		if slices.Contains(saved, i) || unchanging(p, a) || !placeThrough(p, a) {
			continue
		}
		t, ok := typeName(p, f, p.Info.TypeOf(a), false)
		if !ok {
			e.Refuse(a.Pos(), "the interpreter reads %s, an argument of a deferred call, when the function returns, not at the defer statement, and socklab cannot copy it, as its type has no name in this file: assign it to a variable on a line of its own and defer the call with that variable", types.ExprString(a))
			return false
		}
		switch {
		case types.IsInterface(p.Info.TypeOf(a)):
			// A conversion to an interface type leaves the interpreter's
			// value of a non-empty one as it is: a call copies it.
			v := e.Name("v")
			t = "func(" + v + " " + t + ") " + parenthesized(t) + " { return " + v + " }"
		case strings.HasPrefix(t, "*") || strings.HasPrefix(t, "<-") || strings.HasPrefix(t, "func"):
			t = "(" + t + ")"
		}
		e.Insert(a.Pos(), t+"("+e.lineAt(a.Pos()))
		e.InsertFirst(a.End(), ")"+e.lineAt(a.End()))
	}
	return true
}

// placeThrough reports whether x is a place of memory reached through a
// pointer or a slice, which other names than x's variables can change: a
// dereference, an element of a slice or of an array a pointer points to,
// a field through a pointer, or an element or field of such a place, or
// its conversion to an interface type.
func placeThrough(p *Package, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.StarExpr:
		return p.Info.Types[x].IsValue()
	case *ast.SelectorExpr:
		s := p.Info.Selections[x]
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
		return s.Indirect() || placeThrough(p, x.X)
	case *ast.IndexExpr:
		switch typeUnder(p, x.X).(type) {
		case *types.Slice, *types.Pointer:
			return true
		case *types.Array:
			return placeThrough(p, x.X)
		}
	case *ast.CallExpr:
		// a conversion to an interface type hands the place on as it is
		tv := p.Info.Types[x.Fun]
		return tv.IsType() && types.IsInterface(tv.Type) && len(x.Args) == 1 && placeThrough(p, x.Args[0])
	}
	return false
}

// packageVar reports whether x is a package's variable, or a field of one
// held in it, which any function can change before the deferred call runs.
func packageVar(p *Package, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := p.Info.Uses[x].(*types.Var)
		return ok && !v.IsField() && v.Parent() == p.Types.Scope()
	case *ast.SelectorExpr:
		sel := p.Info.Selections[x]
		if sel == nil {
			_, ok := p.Info.Uses[x.Sel].(*types.Var)
			return ok
		}
		return sel.Kind() == types.FieldVal && !sel.Indirect() && packageVar(p, x.X)
	}
	return false
}

// receiver returns the receiver expression and the method of a call of a
// method value (x.M(...)), or nil.
func receiver(p *Package, call *ast.CallExpr) (ast.Expr, *types.Func) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	s := p.Info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return nil, nil
	}
	m, _ := s.Obj().(*types.Func)
	return sel.X, m
}

// paramType returns the type of the parameter that argument i of a call
// of sig goes to.
func paramType(sig *types.Signature, i int, spread bool) types.Type {
	params := sig.Params()
	if !sig.Variadic() || i < params.Len()-1 {
		return params.At(i).Type()
	}
	last := params.At(params.Len() - 1).Type()
	if spread {
		return last
	}
	return last.(*types.Slice).Elem()
}

// unchanging reports whether x is a constant, nil or a function literal:
// values no later statement changes.
func unchanging(p *Package, x ast.Expr) bool {
	if _, ok := x.(*ast.FuncLit); ok {
		return true
	}
	tv := p.Info.Types[x]
	return tv.Value != nil || tv.IsNil() || tv.IsType()
}

// commentable reports whether the text from pos to end can be put in a
// comment, and refuses the call where it cannot: text on several lines, or
// that ends a comment.
func commentable(e *Editor, refuse func(token.Pos, string), pos, end token.Pos) bool {
	if t := e.Edited(pos, end); strings.ContainsAny(t, "\n\r") || strings.Contains(t, "*/") {
		refuse(pos, "the call spans lines or holds */")
		return false
	}
	return true
}
