package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// The interpreter gets two kinds of method functions wrong. It calls a
// method expression of a type the script declares (T.M, (*T).M) with its
// arguments shifted by one, and refuses one of a compiled type
// (time.Duration.Seconds: "too many arguments"); and a method value (x.M, not called) reads its
// receiver x when it is called, where Go copies x (or takes its address,
// for a pointer method) when it evaluates x.M. This pass writes each as the
// function literal it stands for:
//
//	f := T.M      =>   f := func() func(T, int) string { return func(_r1 T, _p2 int) string { return _r1.M(_p2) } }()
//	g := c.Show   =>   g := func(_r3 C) func() string { return func() string { return _r3.Show() } }(c)
//
// A method value is rewritten where its receiver, a local variable,
// changes after it or in a loop around it, is a pointer to what a value
// method copies, or is an interface (whose value of Go's library the
// interpreter calls with "too many arguments": write := w.Write), and
// wherever its receiver is another expression (a package's variable, a
// field, an element: s.conn.Name, which may change anywhere); elsewhere
// reading late reads the same value.

func methodFuncs(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := p.Info.Selections[sel]
		if s == nil {
			return true
		}
		if TemplateExecuteMethodExpr(p.Info, sel) && len(TemplateTold(p.Types)) > 0 {
			return true // pass template writes it out
		}
		if jsonValueLifted(p, sel, stack) {
			return true // pass encoding writes it out (see jsonvalues.go)
		}
		switch s.Kind() {
		case types.MethodExpr:
			methodExpr(p, f, e, sel, s)
		case types.MethodVal:
			if TemplateExecuteValue(p.Info, sel) {
				return true // pass template writes it out, its receiver read where it is
			}
			if len(stack) > 0 {
				if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && call.Fun == sel {
					return true // a call, not a method value
				}
			}
			methodValue(p, f, e, sel, s, stack)
		}
		return true
	})
}

// methodExpr rewrites T.M of a type the script declares.
func methodExpr(p *Package, f *ast.File, e *Editor, sel *ast.SelectorExpr, s *types.Selection) {
	recv := s.Recv()
	if ptr, ok := recv.(*types.Pointer); ok {
		recv = ptr.Elem()
	}
	n, ok := types.Unalias(recv).(*types.Named)
	if !ok {
		return
	}
	// A compiled type's method names only types of Go's library, which
	// the file may import where it does not.
	spell := func(t types.Type) (string, bool) { return typeName(p, f, t, false) }
	if n.Obj().Pkg() != p.Types {
		spell = func(t types.Type) (string, bool) { return libraryTypeName(p, f, e, t), true }
	}
	sig := unnamed(s.Type().(*types.Signature)) // the receiver is its first parameter
	lit, ok := funcLit(sig, e, spell, func(args []string) string {
		return args[0] + "." + methodText(p, s.Obj()) + "(" + strings.Join(args[1:], ", ") + ")"
	})
	// In a frame of its own, as pass closureframe evaluates a script's
	// literals: a deferred call of it then does not wait for ever.
	ft, typed := spell(sig)
	if !ok || !typed {
		e.Refuse(sel.Pos(), "the interpreter cannot call the method expression %s: write a function literal that calls the method", types.ExprString(sel))
		return
	}
	text := "func() " + ft + " { return " + lit + " }()"
	if e.editedInside(sel.Pos(), sel.End()) {
		// Another pass spelled a type inside ((*Set[int]).Add, whose
		// instance pass generics writes out): the literal spells its own,
		// and the expression as written goes in a comment.
		e.CommentOut(sel.Pos(), sel.End(), text, "", false)
		return
	}
	e.Replace(sel.Pos(), sel.End(), text)
}

// unnamed returns sig without the names of its parameters and results: a
// method expression's signature names those of the method but not the
// receiver that comes first, which Go's syntax cannot mix.
func unnamed(sig *types.Signature) *types.Signature {
	strip := func(t *types.Tuple) *types.Tuple {
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			vars[i] = types.NewParam(token.NoPos, nil, "", t.At(i).Type())
		}
		return types.NewTuple(vars...)
	}
	return types.NewSignatureType(nil, nil, nil, strip(sig.Params()), strip(sig.Results()), sig.Variadic())
}

// methodValue rewrites x.M where x changes later: a local variable
// assigned after it, or in a loop around it; a pointer to what a value
// method copies; or any other receiver, a package's variable, a field or
// an element, which may change anywhere.
func methodValue(p *Package, f *ast.File, e *Editor, sel *ast.SelectorExpr, s *types.Selection, stack []ast.Node) {
	method := s.Obj().(*types.Func)
	msig := method.Type().(*types.Signature)
	_, ptrRecv := msig.Recv().Type().(*types.Pointer)
	xt := p.Info.TypeOf(sel.X)
	_, ptrX := xt.Underlying().(*types.Pointer)
	if v := plainVar(p, sel.X); v != nil && v.Parent() != p.Types.Scope() {
		body, loop := enclosingFunc(stack)
		changes := body != nil && (loop != nil && changedIn(p, loop, v, token.NoPos) || changedIn(p, body, v, sel.End()) || !ptrRecv && aliasedIn(p, f, v))
		// What x points to may change anywhere; and the interpreter fails
		// to take a method value of a nil pointer to a type of Go's library
		// (reflect.Set: value of type func() string is not assignable to
		// type func(*bytes.Buffer) string), where Go binds the nil pointer.
		library := method.Pkg() != nil && method.Pkg() != p.Types && !slices.Contains(p.Script, method.Pkg()) && !boundElsewhere[method.Pkg().Path()]
		// Nor can it call a method value of an interface that holds a
		// value of Go's library (w.Write, w an io.Writer holding an
		// *os.File: "too many arguments").
		if !changes && !(!ptrRecv && (ptrX || s.Indirect())) && !(ptrRecv && ptrX && library) && !types.IsInterface(xt) {
			return
		}
	} else if pkg := method.Pkg(); pkg != nil && (pkg.Path() == "log" || pkg.Path() == "log/slog") {
		return // a logger's method reports its caller's line: left where it is called
	}
	x := e.Edited(sel.X.Pos(), sel.X.End())
	rt := xt
	if !ptrRecv && !types.IsInterface(xt) && len(s.Index()) > 1 {
		// promoted: the embedded value the method copies, by its path
		path, pt, ok := embeddedPath(p, xt, s.Index())
		if !ok {
			return
		}
		_, ptrX = pt.Underlying().(*types.Pointer)
		x, xt, rt = "("+x+path+")", pt, pt
	}
	switch {
	case types.IsInterface(xt):
	case ptrRecv && !ptrX && s.Indirect():
		// promoted through an embedded pointer, which x holds: x as it is
	case ptrRecv && !ptrX:
		x, rt = "&"+x, types.NewPointer(xt)
	case !ptrRecv && ptrX:
		x, rt = "*"+x, xt.Underlying().(*types.Pointer).Elem()
	}
	rtName, ok := typeName(p, f, rt, false)
	if !ok {
		return
	}
	r := e.Name("r")
	sig := s.Type().(*types.Signature)
	// The call inside is placed at the method value, where a panic of the
	// method is reported, and what follows keeps its columns.
	inner, ok := funcLit(sig, e, func(t types.Type) (string, bool) { return typeName(p, f, t, false) }, func(args []string) string {
		return directive(p, sel.Pos()) + r + "." + methodText(p, s.Obj()) + "(" + strings.Join(args, ", ") + ")"
	})
	if !ok {
		return
	}
	ft, _ := typeName(p, f, sig, false)
	if e.editedInside(sel.X.Pos(), sel.X.End()) {
		// The receiver's text with another pass's edits, which x holds,
		// goes with it (an instance's spelling, (&Tree[string]{}).Get).
		if _, ok := e.Move(sel.X.Pos(), sel.X.End()); !ok {
			return
		}
	}
	e.Insert(sel.Pos(), "func("+r+" "+rtName+") "+ft+" { return "+inner+" }(")
	e.Replace(sel.Pos(), sel.End(), directive(p, sel.Pos())+x+")"+directive(p, sel.End()))
}

// boundElsewhere are the packages of Go's library whose method values
// other passes write out or refuse (logsite, rpcserve, atomicpointer,
// template, encoding, stderrfd), which methodfuncs leaves to them.
var boundElsewhere = map[string]bool{
	"log": true, "log/slog": true, "net/rpc": true, "sync/atomic": true,
	"text/template": true, "html/template": true, "encoding/json": true, "os": true,
}

// embeddedPath returns the selectors of the embedded fields through which
// a method of index path (types.Selection.Index) is promoted from t, as
// ".A.B", and the type of the last; false where a field cannot be named
// in the script (an unexported field of another package).
func embeddedPath(p *Package, t types.Type, index []int) (string, types.Type, bool) {
	var b strings.Builder
	for _, i := range index[:len(index)-1] {
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return "", nil, false
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != p.Types {
			return "", nil, false
		}
		b.WriteString("." + f.Name())
		t = f.Type()
	}
	return b.String(), t, true
}

// funcLit writes a function literal of signature sig whose body returns
// what call, given its parameters' names, writes.
func funcLit(sig *types.Signature, e *Editor, spell func(types.Type) (string, bool), call func(args []string) string) (string, bool) {
	var params, args []string
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		name := e.Name("p")
		if sig.Variadic() && i == sig.Params().Len()-1 {
			tn, ok := spell(t.(*types.Slice).Elem())
			if !ok {
				return "", false
			}
			params = append(params, name+" ..."+tn)
			args = append(args, name+"...")
			continue
		}
		tn, ok := spell(t)
		if !ok {
			return "", false
		}
		params = append(params, name+" "+tn)
		args = append(args, name)
	}
	results := ""
	if sig.Results().Len() > 0 {
		var rs []string
		for i := range sig.Results().Len() {
			tn, ok := spell(sig.Results().At(i).Type())
			if !ok {
				return "", false
			}
			rs = append(rs, tn)
		}
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	body := call(args)
	if results != "" {
		body = "return " + body
	}
	return "func(" + strings.Join(params, ", ") + ")" + results + " { " + body + " }", true
}
