package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sync"
)

// The interpreter stores a script's value as an interface with methods,
// of Go's library (error, fmt.Stringer, io.Writer) or the script's own
// (a Shape, a greeter), in a wrapper whose methods read their receiver
// when they are called, from where the converted expression left
// it: a variable as it is then, or the expression's slot in its
// function's frame, which the next iteration of a loop fills again. Go
// copies the value into the interface when it converts it, so errors
// appended in a loop all say what the last one says, and one stored from
// a variable changes with the variable. This pass converts such a value
// in a function of its own, declared after the file's last line, whose
// parameter nothing changes:
//
//	errs = append(errs, &FieldError{f})   =>   errs = append(errs, _ifc1(&FieldError{f}))
//	func _ifc1(v *FieldError) error { return v }
//
// It converts a value stored in a loop, and a variable stored anywhere
// that is assigned anywhere but where it is declared (a field or an
// element: always). A return needs none: its function's frame ends there.
// A value that is not a pointer, assigned to a variable, is converted
// always: the interpreter stores it there as a plain struct. The arguments of fmt's and log's
// printing functions, which keep none of them, need none either, but for
// fmt.Errorf's %w.

func ifaceConv(p *Package, f *ast.File, e *Editor) {
	c := &converter{p: p, f: f, e: e, helpers: map[string]string{}}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		c.stack = stack
		c.visit(n)
		return true
	})
}

// converter rewrites the conversions of one file.
type converter struct {
	p       *Package
	f       *ast.File
	e       *Editor
	stack   []ast.Node        // the nodes around the one visited
	helpers map[string]string // the functions declared, by their types
	// explicit is set while conv looks at the operand of a conversion
	// the script writes (any(v)), which lostInstances leaves to it.
	explicit bool
}

func (c *converter) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			for i, r := range n.Rhs {
				c.stored(r, c.p.Info.TypeOf(n.Lhs[i]))
			}
		}
	case *ast.ValueSpec:
		if n.Type != nil && len(n.Values) == len(n.Names) {
			for _, v := range n.Values {
				c.stored(v, c.p.Info.TypeOf(n.Type))
			}
		}
	case *ast.ReturnStmt:
		c.returned(n)
	case *ast.SendStmt:
		if len(c.stack) > 0 && sentToInterface(c.p, n) != nil {
			if cc, ok := c.stack[len(c.stack)-1].(*ast.CommClause); ok && cc.Comm == n {
				return // a select's case: pass selectsend converts it before the select
			}
		}
		if ch, ok := typeUnder(c.p, n.Chan).(*types.Chan); ok {
			c.convert(n.Value, ch.Elem())
		}
	case *ast.CompositeLit:
		c.elements(n)
	case *ast.CallExpr:
		if tv := c.p.Info.Types[n.Fun]; tv.IsType() {
			if len(n.Args) == 1 {
				// error(p); a value that is not a pointer always, which the
				// interpreter could not convert (error(E{}) stopped with
				// reflect.Set: value of type struct {} is not assignable);
				// a pointer too where the interface is Go's library's (w :=
				// io.Writer(&W{}), http.Handler(s) and error(&E{}) stopped
				// with reflect.Set: value of type *main.W is not assignable
				// to type io.Writer)
				_, ptr := typeUnder(c.p, n.Args[0]).(*types.Pointer)
				c.explicit = true
				c.conv(n.Args[0], tv.Type, !ptr || c.libraryInterface(tv.Type))
				c.explicit = false
			}
			return
		}
		c.call(n)
	}
}

// call converts the arguments of call.
func (c *converter) call(call *ast.CallExpr) {
	sig, ok := c.p.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return
	}
	for _, a := range call.Args {
		c.resultArg(a)
	}
	name := (&shower{p: c.p}).callee(call)
	if name == "fmt.Errorf" {
		c.wrapped(call)
		return
	}
	if _, printing := printCalls()[name]; printing {
		c.writer(call, name, sig)
		return
	}
	library := c.libraryCallee(call)
	for i, a := range call.Args {
		var target types.Type
		switch {
		case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
			target = sig.Params().At(i).Type()
		case sig.Variadic() && !call.Ellipsis.IsValid():
			target = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		default:
			continue
		}
		if library && !methodInterface(target) {
			continue // Go's library gets the value itself (see lostInAny)
		}
		if !library && c.resultKept(a, target) {
			continue
		}
		if library && c.scriptInterface(c.p.Info.TypeOf(a)) {
			c.handOver(a, target)
			continue
		}
		c.conv(a, target, (library || c.libraryInterface(target)) && c.scriptCall(a))
	}
}

// resultKept converts a, a call's result of a type the script declares
// on a basic type or a slice or map with methods of its own (other than
// the pool's), handed straight to an empty interface parameter of the
// script's function, to its own type, explicitly, and reports whether it
// did: the interpreter handed the function the bare value without its
// type, which %T named float64 where Go names main.Temp, and through which
// encoding/json called no MarshalJSON; converted, or first held in a
// variable, the value arrives with its type.
//
//	kind(temp())   =>   kind(Temp(temp()))
func (c *converter) resultKept(a ast.Expr, target types.Type) bool {
	if target == nil || !c.scriptCall(a) {
		return false
	}
	if it, ok := target.Underlying().(*types.Interface); !ok || !it.Empty() {
		return false
	}
	n, ok := types.Unalias(c.p.Info.TypeOf(a)).(*types.Named)
	if !ok || n.Obj().Pkg() != c.p.Types || n.TypeParams().Len() > 0 || Pooled(n.Obj()) || types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Basic, *types.Slice, *types.Map:
	default:
		return false
	}
	name, ok := typeName(c.p, c.f, n, true)
	if !ok {
		return false
	}
	c.e.InsertLast(a.Pos(), name+"(")
	c.e.InsertFirst(a.End(), ")")
	return true
}

// resultArg converts a, an argument that is a call's result of an
// interface the script declares, to that interface, explicitly, inside
// whatever else wraps the argument: the interpreter handed a function a
// nil result (return nil, or a variable declared without a value) as a
// value that == nil did not find nil, and whose printing, by the
// script's function or fmt's, panicked with "a nil value was used",
// where the result assigned to a variable, or converted, is the nil the
// parameter should be.
//
//	show(find(name))   =>   show((Conn)(find(name)))
func (c *converter) resultArg(a ast.Expr) {
	call, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok || c.p.Info.Types[call.Fun].IsType() || c.p.Info.Types[call.Fun].IsBuiltin() {
		return
	}
	t := c.p.Info.TypeOf(a)
	if t == nil || !wrappedInterface(c.p, t) {
		return
	}
	name, ok := typeName(c.p, c.f, t, true)
	if !ok {
		return
	}
	c.e.InsertLast(a.Pos(), "("+name+")(")
	c.e.InsertFirst(a.End(), ")")
}

// scriptInterface reports whether t is an interface type with methods
// that the script declares or writes out (a Peer, interface{ io.Writer;
// Name() string }), whose values the interpreter holds in a box of its
// own (interp.valueInterface): handed as they are to a parameter of Go's
// library of an interface type with methods (fmt.Fprintf's io.Writer),
// the box gives the function the value without its methods, and the
// call stopped with "reflect: Call using *struct { ... } as type
// io.Writer".
func (c *converter) scriptInterface(t types.Type) bool {
	if t == nil || !methodInterface(t) || hasTypeParam(t) {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		pkg := n.Obj().Pkg()
		return pkg != nil && (pkg == c.p.Types || slices.Contains(c.p.Script, pkg))
	}
	_, literal := types.Unalias(t).(*types.Interface)
	return literal
}

// handOver hands x, of an interface type of the script's (see
// scriptInterface), to a parameter of Go's library of type target, through
// a function of the file's own that takes it as a target: assigned to a
// parameter of the script's function, the value gets the wrapper with its
// methods that the library's parameter needs.
//
//	fmt.Fprintf(p, "hi")   =>   fmt.Fprintf(_ifc1(p), "hi")
//	func _ifc1(v io.Writer) io.Writer { return v }
func (c *converter) handOver(x ast.Expr, target types.Type) {
	if !methodInterface(target) || hasTypeParam(target) {
		return
	}
	c.through(x, libraryTypeName(c.p, c.f, c.e, target))
}

// through hands x to a function of the file's own, declared once per
// type, that takes it as a value of type to and returns it.
func (c *converter) through(x ast.Expr, to string) {
	key := "through " + to
	name, ok := c.helpers[key]
	if !ok {
		name = c.e.Name("ifc")
		c.helpers[key] = name
		c.e.Append("func " + name + "(v " + to + ") " + to + " { return v }")
	}
	c.e.Insert(x.Pos(), name+"(")
	c.e.Insert(x.End(), ")")
}

// scriptCall reports whether x is a call of a function or method of the
// script (not a conversion, a builtin or a function of Go's library),
// whose result the interpreter hands a function of Go's library as it is,
// without the wrapper that carries its methods to an interface parameter:
// io.ReadAll(newReader()) stopped with "reflect: Call using *struct {
// ... } as type io.Reader", http.StripPrefix("/x", newApp()) with "as
// type http.Handler". Converted, the result arrives with its methods.
func (c *converter) scriptCall(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	if tv := c.p.Info.Types[call.Fun]; tv.IsType() || tv.IsBuiltin() {
		return false
	}
	return !c.libraryCallee(call)
}

// libraryCallee reports whether call calls a function or method of Go's
// library (not a builtin, nor a function value).
func (c *converter) libraryCallee(call *ast.CallExpr) bool {
	var obj types.Object
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		obj = c.p.Info.Uses[fn]
	case *ast.SelectorExpr:
		if sel := c.p.Info.Selections[fn]; sel != nil {
			obj = sel.Obj()
		} else {
			obj = c.p.Info.Uses[fn.Sel]
		}
	}
	f, ok := obj.(*types.Func)
	return ok && f.Pkg() != nil && f.Pkg() != c.p.Types && !slices.Contains(c.p.Script, f.Pkg())
}

// lostInAny reports whether the interpreter would store x, a value of a
// struct or other type the script declares with methods (but one of lift's
// pool), as an empty interface in a wrapper of its own that nothing but
// itself sees through (a type switch never matches it, fmt prints its
// fields): where the value is sent on a channel, put in a composite
// literal, assigned, or passed to a function of the script. Converted
// explicitly, the interface holds the value itself, as a variable's
// initial value or a result does. A type with a method that Go's library
// looks for in an any (String, Error, MarshalJSON: calledThroughAny) is
// left in the wrapper, through which the interpreter hands the library
// its methods.
func (c *converter) lostInAny(t, target types.Type) bool {
	it, ok := target.Underlying().(*types.Interface)
	if !ok || !it.Empty() || types.IsInterface(t) || hasTypeParam(t) {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.p.Types || Pooled(n.Obj()) {
		return false
	}
	return types.NewMethodSet(types.NewPointer(n)).Len() > 0 && !keptInWrapper(c.p, t)
}

// keptInWrapper reports whether t is a type the script declares (but one
// of lift's pool) with a method that Go's library looks for in an any
// (calledThroughAny), whose value the interpreter keeps, stored as an
// empty interface, in a wrapper of its own that ifaceconv leaves it in:
// its comma-ok type assertion sees through that wrapper, its type switch
// does not (see typeswitch).
func keptInWrapper(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != p.Types || Pooled(n.Obj()) || types.IsInterface(t) || hasTypeParam(t) {
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := range ms.Len() {
		if calledThroughAny()[ms.At(i).Obj().Name()] {
			return true
		}
	}
	return false
}

// calledThroughAny are the methods that Go's library calls on a value it
// takes as an empty interface: fmt's, the encoders', slog's, errors'.
var calledThroughAny = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"String": true, "Error": true, "Format": true, "GoString": true,
		"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true,
		"MarshalXML": true, "UnmarshalXML": true, "MarshalXMLAttr": true, "UnmarshalXMLAttr": true,
		"MarshalBinary": true, "UnmarshalBinary": true, "GobEncode": true, "GobDecode": true,
		"LogValue": true, "Unwrap": true, "Is": true, "As": true,
	}
})

// writer converts the writer of fmt.Fprint, Fprintf and Fprintln where
// its type has a String or Format method: the interpreter wraps each
// argument of those functions whose type has one as a fmt.Stringer or
// fmt.Formatter, the writer too, which then panics as an io.Writer.
// Converted, it is an io.Writer.
func (c *converter) writer(call *ast.CallExpr, name string, sig *types.Signature) {
	if name != "fmt.Fprint" && name != "fmt.Fprintf" && name != "fmt.Fprintln" || len(call.Args) == 0 || sig.Params().Len() == 0 {
		return
	}
	t := c.p.Info.TypeOf(call.Args[0])
	if c.scriptInterface(t) {
		c.handOver(call.Args[0], sig.Params().At(0).Type())
		return
	}
	if t == nil || types.IsInterface(t) {
		return
	}
	if c.scriptCall(call.Args[0]) {
		c.conv(call.Args[0], sig.Params().At(0).Type(), true)
		return
	}
	if _, ptr := t.Underlying().(*types.Pointer); !ptr {
		t = types.NewPointer(t) // the interpreter gives a value the methods of its pointer
	}
	ms := types.NewMethodSet(t)
	if ms.Lookup(nil, "String") == nil && ms.Lookup(nil, "Format") == nil {
		return
	}
	if _, imported := importNames(c.p, c.f)["io"]; imported || !c.scriptValue(c.p.Info.TypeOf(call.Args[0])) {
		c.conv(call.Args[0], sig.Params().At(0).Type(), true)
		return
	}
	// conv names io.Writer as the file imports it; here the file need not.
	x, target := call.Args[0], sig.Params().At(0).Type()
	if c.typedNilBox(x, c.p.Info.TypeOf(x), target) {
		return
	}
	from, ok := typeName(c.p, c.f, c.p.Info.TypeOf(x), true)
	if !ok || hasTypeParam(c.p.Info.TypeOf(x)) {
		c.conv(x, target, true)
		return
	}
	key := from + " io.Writer"
	fn, ok := c.helpers[key]
	if !ok {
		fn = c.e.Name("ifc")
		c.helpers[key] = fn
		c.e.Append("func " + fn + "(v " + from + ") " + c.e.ImportLibrary("io") + ".Writer { return v }")
	}
	c.e.Insert(x.Pos(), c.callee(fn, from, c.e.ImportLibrary("io")+".Writer", x)+"(")
	c.e.Insert(x.End(), ")")
}

// wrapped converts the arguments of fmt.Errorf that it wraps (%w), which
// the error it returns keeps; with a format not known here, each argument
// that is an error.
func (c *converter) wrapped(call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return
	}
	errT := types.Universe.Lookup("error").Type()
	tv := c.p.Info.Types[call.Args[0]]
	var verbs []Verb
	ok := tv.Value != nil && tv.Value.Kind() == constant.String
	if ok {
		verbs, ok = ParseVerbs(constant.StringVal(tv.Value))
	}
	for i, a := range call.Args[1:] {
		if !ok || i < len(verbs) && verbs[i].Verb == 'w' {
			if t := c.p.Info.TypeOf(a); t != nil && types.AssignableTo(t, errT) {
				if c.scriptInterface(t) {
					c.handOver(a, errT)
					continue
				}
				c.conv(a, errT, ok && c.scriptCall(a)) // else pass printing keeps it (keptError)
			}
		}
	}
}

// elements converts the elements of a composite literal.
func (c *converter) elements(lit *ast.CompositeLit) {
	t := c.p.Info.TypeOf(lit)
	if t == nil {
		return
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	// A struct of Go's library (http.Client, io.LimitedReader) took a
	// script's value for a field of an interface type only converted
	// (&http.Client{Transport: lt} stopped with reflect.Set: value of type
	// *main.logging is not assignable to type http.RoundTripper).
	library := c.libraryType(t)
	for i, el := range lit.Elts {
		v := el
		kv, isKV := el.(*ast.KeyValueExpr)
		if isKV {
			v = kv.Value
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			if isKV {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := c.p.Info.Uses[id].(*types.Var); ok {
						c.conv(v, f.Type(), library)
					}
				}
			} else if i < u.NumFields() {
				c.conv(v, u.Field(i).Type(), library)
			}
		case *types.Slice:
			c.convert(v, u.Elem())
		case *types.Array:
			c.convert(v, u.Elem())
		case *types.Map:
			if isKV {
				c.convert(kv.Key, u.Key())
			}
			c.convert(v, u.Elem())
		}
	}
}

// libraryType reports whether t is a named type of Go's library, not one
// of the script's packages.
func (c *converter) libraryType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	pkg := n.Obj().Pkg()
	return pkg != c.p.Types && !slices.Contains(c.p.Script, pkg)
}

// stored converts x, assigned to a variable of type target: always for a
// value that is not a pointer, which the interpreter stores so as a plain
// struct, whose methods fmt and the errors package do not see ({assign}
// printed for Tag{"assign"}); elsewhere as convert does.
func (c *converter) stored(x ast.Expr, target types.Type) {
	if c.marshalerStored(x, target) {
		return
	}
	if t := c.p.Info.TypeOf(x); t != nil && !c.variable(x) {
		if _, ptr := t.Underlying().(*types.Pointer); !ptr {
			c.conv(x, target, true)
			return
		}
	}
	c.conv(x, target, false)
}

// marshalerStored hands x, a value of a struct type of the script's with
// its own MarshalJSON or MarshalText (a value method, which Go's encoder
// calls on what an interface holds), declared or assigned as an empty
// interface, to a function of the file's own that takes it as one, and
// reports whether it did: so stored, the interpreter kept the bare
// struct, and encoding/json encoded its fields where Go calls the method
// (lift.JSONMarshal finds such a value by the type the interpreter keeps
// beside it, see heldBare), where an argument of the script's function
// gets that type beside it.
//
//	var reply any = Reply{"ok"}   =>   var reply any = _ifc1(Reply{"ok"})
//	func _ifc1(v any) any { return v }
func (c *converter) marshalerStored(x ast.Expr, target types.Type) bool {
	if target == nil {
		return false
	}
	if it, ok := target.Underlying().(*types.Interface); !ok || !it.Empty() {
		return false
	}
	n, ok := types.Unalias(c.p.Info.TypeOf(x)).(*types.Named)
	if !ok || n.Obj().Pkg() != c.p.Types || n.Obj().Parent() != c.p.Types.Scope() || n.TypeParams().Len() > 0 {
		return false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return false
	}
	if ms := types.NewMethodSet(n); ms.Lookup(nil, "MarshalJSON") == nil && ms.Lookup(nil, "MarshalText") == nil {
		return false
	}
	c.through(x, "any")
	return true
}

// variable reports whether x names a variable.
func (c *converter) variable(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = c.p.Info.Uses[id].(*types.Var)
	return ok
}

// convert converts x, stored as target, in a function of its own where
// the interpreter would read it late.
func (c *converter) convert(x ast.Expr, target types.Type) { c.conv(x, target, false) }

// conv is convert, converting x wherever it is where always is true.
func (c *converter) conv(x ast.Expr, target types.Type, always bool) {
	t := c.p.Info.TypeOf(x)
	if c.nilAny(x, t, target) {
		return
	}
	if target != nil && c.libraryInterface(target) && c.scriptInterface(t) {
		c.handOver(x, target)
		return
	}
	if t != nil && target != nil && (c.lostInAny(t, target) || !c.explicit && c.p.Info.Types[x].IsValue() && c.lostInstances(t, target)) {
		c.e.Insert(x.Pos(), "interface{}(")
		c.e.Insert(x.End(), ")")
		return
	}
	if t == nil || target == nil || !(methodInterface(target) || readInAny(t, target)) || types.IsInterface(t) || !c.scriptValue(t) {
		return
	}
	if c.libraryInterface(target) && c.typedNilBox(x, t, target) {
		return
	}
	if !always && !c.repeated() && !c.changes(x) && !funcWithMethods(t) && !lostPointer(c.p, t, target) {
		return
	}
	if hasTypeParam(t) {
		return // a generic function's: the generics pass copies it for its types
	}
	from, ok1 := typeName(c.p, c.f, t, true)
	to, ok2 := typeName(c.p, c.f, target, true)
	if ok1 && !ok2 && c.libraryInterface(target) && c.libraryType(target) {
		to, ok2 = libraryTypeName(c.p, c.f, c.e, target), true // the edits import its package
	}
	if !ok1 || !ok2 {
		if !c.libraryInterface(target) {
			return // a type declared in a function: left as the interpreter stores it
		}
		why := "of a type declared in a function: declare the type at the top level of the file"
		if ok1 {
			why = "stored as an interface of a package this file does not import: import it, or store the value in a variable of that interface type first"
		}
		c.e.Refuse(x.Pos(), "the interpreter would read this value of %s when its methods are called, not when it is stored as %s, and socklab cannot convert it here, as it is %s", types.TypeString(t, types.RelativeTo(c.p.Types)), types.TypeString(target, types.RelativeTo(c.p.Types)), why)
		return
	}
	key := from + " " + to
	name, ok := c.helpers[key]
	if !ok {
		name = c.e.Name("ifc")
		c.helpers[key] = name
		c.e.Append("func " + name + "(v " + from + ") " + to + " { return v }")
	}
	c.e.Insert(x.Pos(), c.callee(name, from, to, x)+"(")
	c.e.Insert(x.End(), ")")
}

// callee is the text that calls helper name, of a parameter of type from
// and a result of type to, on x: where x may be a negative zero, which the
// interpreter's call of a declared function turns into +0 (see pass
// negzero), through the parameter of a function literal called at once,
// which calls it as a Go function (not in a select's case, where the
// interpreter computes only the last step of a value sent).
func (c *converter) callee(name, from, to string, x ast.Expr) string {
	if !holdsFloat(c.p.Info.TypeOf(x)) || !mayBeNegZero(c.p, x) || inSelectCase(x, c.stack) {
		return name
	}
	typ := "func(" + from + ") " + to
	fn := c.e.Name("fn")
	return "func(" + fn + " " + typ + ") " + typ + " { return " + fn + " }(" + name + ")"
}

// funcWithMethods reports whether t is a type declared on a function type
// with methods (type appHandler func(http.ResponseWriter, *http.Request)
// error, with ServeHTTP), whose value the interpreter hands a parameter of
// an interface type with methods as the bare function: the call stopped
// with "reflect: Call using func(...) error as type http.Handler". Its
// value goes through a function of the file's own wherever it is stored
// so, whose result the interpreter converts as Go does.
func funcWithMethods(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.NumMethods() == 0 {
		return false
	}
	_, fn := n.Underlying().(*types.Signature)
	return fn
}

// readInAny reports whether t is a pointer that the interpreter keeps in
// its wrapper when it is stored as the empty interface target (a pointer
// to a type with a method of a pointer receiver, see wrappedInAny): the
// wrapper reads the pointer when it is taken out, not when it is stored,
// so a *Said sent on a chan any in a loop was found as the next
// iteration's (bye bye y y, where Go prints hi bye x y). conv converts
// it in a function of the file's own, as it converts a value stored as an
// interface with methods.
func readInAny(t, target types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && isEmptyInterface(target) && wrappedInAny(t)
}

// lostPointer reports whether t is a pointer that the interpreter keeps,
// stored as the empty interface target, in a wrapper that nothing but
// itself sees through (readInAny), even where it is stored once (var e
// any = &Conn{}, with Close on *Conn: a type switch's case *Conn never
// matched it, fmt printed the wrapper's fields): none of its methods is
// one Go's library looks for in an any (keptInWrapper), which the wrapper
// hands the library. conv converts it wherever it is stored.
func lostPointer(p *Package, t, target types.Type) bool {
	if !readInAny(t, target) {
		return false
	}
	elem := types.Unalias(t).(*types.Pointer).Elem()
	return !keptInWrapper(p, elem)
}

// lostInstances reports whether t is a type parameter of a generic
// function whose value is stored as the empty interface target, and an
// instance of the function makes it a type whose value the interpreter
// would keep there in its wrapper (lostInAny, lostPointer: Store(&box,
// &Conn{})), while none makes it one whose methods the wrapper hands Go's
// library (keptInWrapper), which an explicit conversion would lose. Pass
// generics copies the function for each instance, the conversion with it.
func (c *converter) lostInstances(t, target types.Type) bool {
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if _, param := types.Unalias(target).(*types.TypeParam); !ok || param || !isEmptyInterface(target) {
		return false
	}
	lost := false
	for id, inst := range c.p.Info.Instances {
		fn, ok := c.p.Info.Uses[id].(*types.Func)
		if !ok {
			continue
		}
		tps := fn.Origin().Type().(*types.Signature).TypeParams()
		if tps == nil || tp.Index() >= tps.Len() || tps.At(tp.Index()) != tp || inst.TypeArgs.Len() != tps.Len() {
			continue
		}
		arg := inst.TypeArgs.At(tp.Index())
		elem := arg
		if ptr, ok := types.Unalias(arg).(*types.Pointer); ok {
			elem = ptr.Elem()
		}
		if keptInWrapper(c.p, elem) {
			return false
		}
		lost = lost || c.lostInAny(arg, target) || lostPointer(c.p, arg, target)
	}
	return lost
}

// methodInterface reports whether t is an interface type with methods,
// the script's own or Go's library's, for which the interpreter makes a
// wrapper (an empty interface holds the value itself, where it is
// converted explicitly: see lostInAny).
func methodInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// libraryInterface reports whether t is an interface of Go's library with
// methods, for which the interpreter makes a wrapper.
func (c *converter) libraryInterface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || (n.Obj().Pkg() == c.p.Types) {
		return false
	}
	it, ok := n.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// scriptValue reports whether t is, or points to, a type the package
// declares, whose methods the interpreter runs.
func (c *converter) scriptValue(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == c.p.Types
}

// changes reports whether x, outside a loop, may hold another value when
// the stored one's methods are called: a variable assigned anywhere but
// where it is declared (or changed through a pointer method, or whose
// address is taken), a field or an element, which may change through
// other names.
func (c *converter) changes(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := c.p.Info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if v.Parent() == c.p.Types.Scope() {
			for _, f := range c.p.Files {
				if changedIn(c.p, f, v, v.Pos()) {
					return true
				}
			}
			return false
		}
		body, _ := enclosingFunc(c.stack)
		return body == nil || changedIn(c.p, c.funcOf(v), v, v.Pos())
	case *ast.SelectorExpr:
		return c.p.Info.Selections[x] != nil // a field, not a package's member
	case *ast.IndexExpr, *ast.StarExpr:
		return true
	}
	return false
}

// funcOf returns the outermost function of the file around the
// declaration of v, a local variable, whose closures may change it.
func (c *converter) funcOf(v *types.Var) ast.Node {
	for _, d := range c.f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= v.Pos() && v.Pos() < fd.End() {
			return fd
		}
	}
	return c.f
}

// repeated reports whether the node visited runs more than once in one
// call of its function: in a loop, or in a function with goto.
func (c *converter) repeated() bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch n := c.stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncLit:
			return hasGoto(n.Body)
		case *ast.FuncDecl:
			return hasGoto(n.Body)
		}
	}
	return false
}

// hasGoto reports whether body holds a goto statement.
func hasGoto(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// hasTypeParam reports whether t involves a type parameter.
func hasTypeParam(t types.Type) bool {
	found := false
	Involves(t, func(t types.Type) bool {
		_, found = types.Unalias(t).(*types.TypeParam)
		return found
	})
	return found
}
