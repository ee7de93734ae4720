package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Go evaluates the function a go statement calls, a method's receiver with
// it, in the goroutine that runs the statement, as it does the arguments.
// The interpreter copies the arguments there, but reads the function value
// and the receiver when the new goroutine starts, from the frame of the
// function around it: by then a loop may have made its next variable, or
// the program changed the one it read, so that c := &client{conn}; go
// c.serve() could serve the next client twice, or a nil one still being
// made. This pass hands the goroutine what Go evaluated, on the
// statement's line. A method call becomes a call of a function declared
// after the file's last line that calls the method on its first
// parameter, the receiver (its address, for a pointer method of an
// addressable value; the value, for a value method through a pointer);
// where the receiver's type is declared in a function, that function is a
// literal, made by one that takes the receiver in a frame of its own (see
// pass funcvalues), into a variable of a block around the statement,
// which the statement calls. Any other function value goes into such a
// variable as it is:
//
//	go c.serve(done)   =>   go _go1(/*line :5:5*/c, /*line :5:14*/done)   with   func _go1(_r2 *client, _p3 chan bool) { _r2.serve(_p3) }
//	go h.onJoin(name)   =>   { _go4 :=/*line :5:4*/ h.onJoin; go _go4/*line :5:13*/(name) }/*line :5:19*/
//
// A function declared at the top level, a builtin, and a local variable
// that nothing changes after its declaration and that no loop around the
// statement declares read the same when the goroutine starts, and are left
// as they are; so is a method's receiver in such a variable, but for a
// method promoted from an embedded field. A function literal is pass
// funcvalues's.

func goCallees(p *Package, f *ast.File, e *Editor) {
	changed := changedVars(p, f)
	callers := map[string]string{} // the functions appended, by receiver type and method
	// In a package that panics with a value other than a string, a method
	// of the script's that a go statement starts is always called through
	// such a function, whose outermost deferred call reports a panic that
	// nothing stopped with Go's text (see pass gopanic), and any other
	// callee but a literal and a function of the top level is handed to
	// one that calls it so (see startReported).
	report := ""
	if startsGoroutines(f) && panicsWithValue(p) {
		report = goReport(e)
	}
	reported := map[string]string{} // the functions startReported declared, by the callee's type
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		if _, lit := ast.Unparen(g.Call.Fun).(*ast.FuncLit); lit {
			return true
		}
		if report != "" && reportedCallee(p, g) {
			startReported(p, f, e, g, reported)
			return true
		}
		// In parentheses, x.M is a method value, which pass methodfuncs
		// evaluates as Go does.
		if fun, ok := g.Call.Fun.(*ast.SelectorExpr); ok {
			if s := p.Info.Selections[fun]; s != nil && s.Kind() == types.MethodVal {
				// Go's library's methods may call the script back too
				// (srv.Serve(l) its handler, once.Do(f) f); its printing
				// recovers what it calls.
				reports := report != "" && !printingPackage(s.Obj().Pkg())
				if len(s.Index()) > 1 || reports || !steady(p, fun.X, stack, changed) {
					rep := ""
					if reports {
						rep = report
					}
					startMethod(p, f, e, g, fun, s, callers, rep)
				}
				return true
			}
		}
		if !steady(p, g.Call.Fun, stack, changed) {
			startValue(p, e, g)
		}
		return true
	})
}

// steady reports whether x reads the same when a goroutine started where
// stack ends starts: a function declared at the top level (of the script
// or another package, generic ones too), a builtin, or a local variable
// that nothing changes after its declaration and that no loop of stack
// declares; never an element of a slice, array or map (ws[i]).
func steady(p *Package, x ast.Expr, stack []ast.Node, changed map[*types.Var]bool) bool {
	x = ast.Unparen(x)
	switch ix := x.(type) {
	case *ast.IndexExpr:
		if !p.Info.Types[ix.Index].IsType() {
			return false // an element, which the program may change, at an index that may change
		}
		x = ix.X // a generic function's instance
	case *ast.IndexListExpr:
		x = ix.X
	}
	var obj types.Object
	switch x := x.(type) {
	case *ast.Ident:
		obj = p.Info.Uses[x]
	case *ast.SelectorExpr:
		if p.Info.Selections[x] != nil {
			return false
		}
		obj = p.Info.Uses[x.Sel]
	}
	switch obj := obj.(type) {
	case *types.Func, *types.Builtin:
		return true
	case *types.Var:
		if obj.Parent() == nil || obj.Parent() == p.Types.Scope() || changed[obj] {
			return false
		}
		for _, n := range stack {
			switch n.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				if within(obj.Pos(), n) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// startMethod writes a go statement that calls a method as one that calls
// a function that takes the receiver, as the statement evaluated it, and
// calls the method: one declared after the file's last line (callers
// holds those made), or a literal in a variable of a block around the
// statement.
func startMethod(p *Package, f *ast.File, e *Editor, g *ast.GoStmt, sel *ast.SelectorExpr, s *types.Selection, callers map[string]string, report string) {
	refuse := func() {
		why := "the interpreter reads the receiver of the method that a go statement calls when the goroutine starts"
		if report != "" {
			why = "the report of a panic that no recover stops in the goroutine this go statement starts would print the interpreter's value (<int Value>)"
		}
		e.Refuse(sel.Pos(), "%s, and its type or the method's has no spelling here: hand the receiver to a function literal yourself (go func(r T) { r.%s(...) }(%s))", why, sel.Sel.Name, types.ExprString(sel.X))
	}
	library := s.Obj().Pkg() != p.Types
	// The receiver is sel.X, or the embedded field the method comes from.
	path, rt := "", p.Info.TypeOf(sel.X)
	promoted := true
	for _, i := range s.Index()[:len(s.Index())-1] {
		st, ok := derefType(rt).Underlying().(*types.Struct)
		if !ok {
			promoted = false
			break
		}
		field := st.Field(i)
		if !field.Exported() && field.Pkg() != p.Types {
			promoted = false // inside another package: its method reads it
			break
		}
		path += "." + field.Name()
		rt = field.Type()
	}
	addr := ""
	if promoted && !types.IsInterface(rt) {
		_, ptrRecv := s.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer)
		_, ptrX := rt.Underlying().(*types.Pointer)
		switch {
		case ptrRecv && !ptrX:
			addr, rt = "&", types.NewPointer(rt)
		case !ptrRecv && ptrX:
			addr, rt = "*", rt.Underlying().(*types.Pointer).Elem()
		}
	}
	sig := s.Type().(*types.Signature)
	if recv, params, body, ok := methodCaller(p, f, e, g.Pos(), rt, methodText(p, s.Obj()), sig, true); ok {
		// A function of the file's own, which the statement calls as it
		// calls any function declared at the top level.
		key := recv[strings.IndexByte(recv, ' ')+1:] + "." + methodText(p, s.Obj())
		if report != "" {
			key += " reported"
			body = "{ " + report + "; " + strings.TrimPrefix(body, "{ ")
		}
		name, made := callers[key]
		if !made {
			name = e.Name("go")
			callers[key] = name
			e.Append("func " + name + "(" + strings.Join(append([]string{recv}, params...), ", ") + ") " + body)
		}
		open := g.Call.Lparen + 1
		sep := ""
		if len(g.Call.Args) > 0 {
			sep = ", "
		}
		laterOrNow(p, f, e, g.Pos(), func() {
			if library && e.editedInside(sel.Pos()-1, open) {
				return // another pass calls the library's method its own way (rpcserve's For(srv)): started as before
			}
			if e.editedInside(sel.X.End(), open) {
				refuse() // another pass rewrote the selector
				return
			}
			e.InsertFirst(sel.X.Pos(), name+"("+addr+directive(p, sel.X.Pos()))
			e.Replace(sel.X.End(), open, path+sep+directive(p, open))
		})
		return
	}
	// A type declared in a function: a function literal, made in a frame
	// of its own (see pass funcvalues) by one that takes the receiver.
	recv, params, body, ok := methodCaller(p, f, e, g.Pos(), rt, methodText(p, s.Obj()), sig, false)
	ft, spelled := typeName(p, f, sig, false)
	if !ok || !spelled {
		refuse()
		return
	}
	if report != "" {
		body = "{ " + report + "; " + strings.TrimPrefix(body, "{ ")
	}
	laterOrNow(p, f, e, g.Pos(), func() {
		if library && e.editedInside(sel.Pos()-1, g.Call.Lparen+1) {
			return // another pass calls the library's method its own way: started as before
		}
		if e.editedInside(sel.X.End(), sel.End()) {
			refuse() // another pass rewrote the selector
			return
		}
		name := e.Name("go")
		after := g.Go + token.Pos(len("go"))
		e.Replace(g.Go, after, "{ "+name+" :="+directive(p, after))
		e.InsertFirst(sel.X.Pos(), "func("+recv+") "+ft+" { return func("+strings.Join(params, ", ")+") "+body+" }("+addr+directive(p, sel.X.Pos()))
		e.Replace(sel.X.End(), sel.End(), path+")")
		e.Insert(g.Call.Fun.End(), "; go "+name+directive(p, g.Call.Fun.End()))
		e.Insert(g.End(), " }"+directive(p, g.End()))
	})
}

// methodCaller writes the parts of a function that calls method m, of
// signature sig, on its first parameter, of type rt, with the others:
// "_r1 *client", ["_p2 chan bool"], "{ _r1.serve(_p2) }". atFile asks for
// types spelled at the top level of the file.
func methodCaller(p *Package, f *ast.File, e *Editor, at token.Pos, rt types.Type, m string, sig *types.Signature, atFile bool) (recv string, params []string, body string, ok bool) {
	rtName, ok := goTypeName(p, f, e, at, rt, atFile)
	if !ok {
		return "", nil, "", false
	}
	r := e.Name("r")
	var args []string
	for i := range sig.Params().Len() {
		name, t := e.Name("p"), sig.Params().At(i).Type()
		arg := name
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, arg = t.(*types.Slice).Elem(), name+"..."
			name += " ..."
		} else {
			name += " "
		}
		tn, ok := goTypeName(p, f, e, at, t, atFile)
		if !ok {
			return "", nil, "", false
		}
		params = append(params, name+tn)
		args = append(args, arg)
	}
	return r + " " + rtName, params, "{ " + r + "." + m + "(" + strings.Join(args, ", ") + ") }", true
}

// startValue writes a go statement that calls another function value as
// one that calls a variable, in a block around it, that holds the value.
func startValue(p *Package, e *Editor, g *ast.GoStmt) {
	e.Later(func() {
		name := e.Name("go")
		after := g.Go + token.Pos(len("go"))
		e.Replace(g.Go, after, "{ "+name+" :="+directive(p, after))
		e.Insert(g.Call.Fun.End(), "; go "+name+directive(p, g.Call.Fun.End()))
		e.Insert(g.End(), " }"+directive(p, g.End()))
	})
}

// derefType returns what t points to, or t.
func derefType(t types.Type) types.Type {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		return ptr.Elem()
	}
	return t
}
