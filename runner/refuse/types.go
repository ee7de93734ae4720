package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// compiledInterfaces are interfaces of Go's standard library that scripts
// test values against. The checks type a script with imported packages
// empty, so they know these by name.
var compiledInterfaces = map[string][]string{
	"fmt.Stringer": {"String"}, "fmt.Formatter": {"Format"}, "fmt.GoStringer": {"GoString"},
	"net.Error": {"Error", "Timeout", "Temporary"}, "net.Addr": {"Network", "String"},
	"net.Conn":     {"Read", "Write", "Close", "LocalAddr", "RemoteAddr", "SetDeadline", "SetReadDeadline", "SetWriteDeadline"},
	"net.Listener": {"Accept", "Close", "Addr"}, "net.PacketConn": {"ReadFrom", "WriteTo", "Close", "LocalAddr"},
	"io.Reader": {"Read"}, "io.Writer": {"Write"}, "io.Closer": {"Close"}, "io.ReadWriter": {"Read", "Write"},
	"io.ReadCloser": {"Read", "Close"}, "io.WriteCloser": {"Write", "Close"}, "io.ReadWriteCloser": {"Read", "Write", "Close"},
	"io.StringWriter": {"WriteString"}, "io.ByteReader": {"ReadByte"}, "io.WriterTo": {"WriteTo"}, "io.ReaderFrom": {"ReadFrom"},
	"encoding.TextMarshaler": {"MarshalText"}, "json.Marshaler": {"MarshalJSON"}, "json.Unmarshaler": {"UnmarshalJSON"},
	"http.Handler": {"ServeHTTP"}, "sort.Interface": {"Len", "Less", "Swap"}, "context.Context": {"Deadline", "Done", "Err", "Value"},
}

// interfaceName returns how the type expression e names a non-empty
// interface type, or "" if it does not.
func (r *reporter) interfaceName(e ast.Expr) string {
	if t := r.typeOf(e); t != nil {
		if i, ok := t.Underlying().(*types.Interface); ok && i.NumMethods() > 0 {
			return types.TypeString(t, types.RelativeTo(r.pkg))
		}
		return ""
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok && compiledInterfaces[id.Name+"."+sel.Sel.Name] != nil {
			return id.Name + "." + sel.Sel.Name
		}
	}
	return ""
}

// basicNamed returns the type that the type expression e names if the
// script declares it on a basic type (type Kind uint8) and runner/rewrite
// does not make it a type the interpreter tells apart (rewrite.Pooled):
// one with methods other than String and Error with value receivers, or
// one declared inside a function.
func (r *reporter) basicNamed(e ast.Expr) types.Type {
	t := r.typeOf(e)
	if t == nil || !r.declared(t) {
		return nil
	}
	if _, ok := t.Underlying().(*types.Basic); !ok || rewrite.Pooled(types.Unalias(t).(*types.Named).Obj()) {
		return nil
	}
	return t
}

// insteadOfBasic says what to write instead of a type switch case or
// assertion of t, a type that basicNamed returns.
func (r *reporter) insteadOfBasic(t types.Type) string {
	name := types.TypeString(t, types.RelativeTo(r.pkg))
	if obj := types.Unalias(t).(*types.Named).Obj(); obj.Parent() != r.pkg.Scope() {
		return "declare " + name + " at the top level of the file"
	}
	if n := types.Unalias(t).(*types.Named); rewrite.PoolMethods(n) && rewrite.Embedded(n.Obj()) {
		return "give the field that embeds " + name + " a name (K " + name + "), and socklab tells it apart"
	}
	return "give " + name + " no methods but String() string and Error() string, with value receivers (write the others as functions that take a " + name + "), and socklab tells it apart"
}

// typeSwitches refuses the cases of a type switch that the interpreter
// does not match as Go does: a type the script declares on a basic type
// (type Celsius float64) matches values of that basic type too; an
// interface the script declares never matches values of Go's library; an
// interface case does not match a pointer to a type the script declares
// whose value methods implement it; and an interface case that a type the
// script declares implements, whose variable the case uses, gets the value
// without its methods. (That it never matches interface cases at all,
// runner/rewrite lifts.)
func typeSwitches(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		x := switched(ts)
		for _, c := range ts.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				name := r.interfaceName(e)
				var lifted func(*types.Named) bool
				if name != "" {
					lifted = r.heldLifted(x, e)
				}
				if name != "" && r.scriptInterface(e) && !r.liftedAssertion(e) && (!r.heldScriptAssertion(x, e) || r.libraryMayHold(x, e)) {
					r.refuse(e.Pos(), "case %s: the interpreter's type switch does not match an interface the script declares with values of Go's library: list the concrete types in the cases", name)
				} else if name != "" && !r.mayHoldImplementation(x, e, lifted) {
					continue
				} else if name != "" && !r.restoredAssertion(x, e) && r.refuseNilHeld(e.Pos(), "case "+name+": ", x, e, name) {
					continue
				} else if name != "" && r.restoredAssertion(x, e) {
					continue // the recover site gave the value its type back, converted to e
				} else if v := r.valueImplementationIn(e, r.unliftedBy(x, lifted)); name != "" && v != nil {
					t := types.TypeString(v, types.RelativeTo(r.pkg))
					r.refuse(e.Pos(), "case %s: the interpreter does not match a *%s here, though %s's methods make it a %s: give %s's methods pointer receivers, or list the concrete types in the cases", name, t, t, name, t)
				} else if name != "" && r.declaresImplementation(e) && r.bindsIn(ts, c.(*ast.CaseClause)) && !r.netErrorsFound(r.typeOf(e)) {
					r.refuse(e.Pos(), "case %s: the interpreter's type switch gives a value the script made, as %s, without its methods: switch on the concrete types the value can have", name, name)
				} else if t := r.basicNamed(e); t != nil {
					r.refuse(e.Pos(), "case %s: the interpreter cannot tell %s from %s in a type switch: %s", types.TypeString(t, types.RelativeTo(r.pkg)), types.TypeString(t, types.RelativeTo(r.pkg)), t.Underlying(), r.insteadOfBasic(t))
				}
			}
		}
		return true
	})
}

// scriptInterface reports whether the type expression e is a non-empty
// interface that the script declares, by name or as a literal.
func (r *reporter) scriptInterface(e ast.Expr) bool {
	t := r.typeOf(e)
	if t == nil {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	_, named := types.Unalias(t).(*types.Named)
	return !named || r.declared(t)
}

// valueImplementation returns a type the script declares whose value
// (not only its pointer) has the methods of the interface that the type
// expression e names, or nil.
func (r *reporter) valueImplementation(e ast.Expr) types.Type {
	return r.valueImplementationIn(e, func(*types.TypeName) bool { return true })
}

// valueImplementationIn is valueImplementation among the types that keep
// reports true for.
func (r *reporter) valueImplementationIn(e ast.Expr, keep func(*types.TypeName) bool) types.Type {
	t := r.typeOf(e)
	if t == nil {
		if r.declaresImplementation(e) {
			return types.Typ[types.Invalid]
		}
		return nil
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || types.IsInterface(tn.Type()) || !keep(tn) {
			continue
		}
		if types.Implements(tn.Type(), it) {
			return tn.Type()
		}
	}
	return nil
}

// bindsIn reports whether the case c of ts uses the variable the switch
// declares (switch x := v.(type)).
func (r *reporter) bindsIn(ts *ast.TypeSwitchStmt, c *ast.CaseClause) bool {
	obj := r.info.Implicits[c]
	if obj == nil {
		return false
	}
	used := false
	for _, s := range c.Body {
		ast.Inspect(s, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && r.info.Uses[id] == obj {
				used = true
			}
			return !used
		})
	}
	return used
}

// typeAssertions refuses the assertions that the interpreter answers
// differently from Go: to an interface of a value that the script made
// (but what recover returned, where the recover site gives every type of
// the script's that it may be its type back, see restoredAssertion; what
// else a panic carried to recover is left to recoveredValues); and to a
// type declared on a basic type.
func typeAssertions(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		if t := r.basicNamed(ta.Type); t != nil {
			name := types.TypeString(t, types.RelativeTo(r.pkg))
			r.refuse(ta.Type.Pos(), "the interpreter cannot tell %s from %s in a type assertion: %s", name, t.Underlying(), r.insteadOfBasic(t))
			return true
		}
		if tp, ok := types.Unalias(r.typeOf(ta.Type)).(*types.TypeParam); ok {
			if n := r.scriptInterfaceArg(tp); n != nil && (!isEmptyInterface(r.typeOf(ta.X)) || r.libraryMayHoldIn(ta.X, n.Underlying().(*types.Interface))) {
				r.refuse(ta.Type.Pos(), "an instance makes %s %s, an interface the script declares, and the interpreter's assertion to it never matches a value of Go's library (nor, from an interface with methods, one of the script's): instantiate %s with an interface of Go's library, or assert the concrete types", tp.Obj().Name(), n.Obj().Name(), tp.Obj().Name())
			}
			return true
		}
		name := r.interfaceName(ta.Type)
		if name == "" {
			return true
		}
		if r.declaresImplementation(ta.Type) && r.mayHoldImplementation(ta.X, ta.Type, r.heldLifted(ta.X, ta.Type)) && !r.restoredAssertion(ta.X, ta.Type) && !r.netErrorsFound(r.typeOf(ta.Type)) {
			if r.refuseNilHeld(ta.Type.Pos(), "", ta.X, ta.Type, name) {
				return true
			}
			r.refuse(ta.Type.Pos(), "the interpreter does not see that a value the script made implements %s: test for the concrete types the value can have", name)
		} else if r.scriptInterface(ta.Type) && !r.liftedAssertion(ta) && (!r.heldScriptAssertion(ta.X, ta.Type) || r.libraryMayHold(ta.X, ta.Type)) {
			iface, concrete := libraryInterface(r.typeOf(ta.Type))
			instead := "assert an interface of Go's library with those methods (" + iface + ")"
			if concrete != "" {
				instead += " or the concrete type (" + concrete + ")"
			}
			r.refuse(ta.Type.Pos(), "the interpreter's assertion to %s, an interface the script declares, never matches a value of Go's library (an error of net, a net.Addr): %s", name, instead)
		}
		return true
	})
}

// recoveredVars returns the variables assigned the result of recover().
func (r *reporter) recoveredVars() map[types.Object]bool {
	vars := map[types.Object]bool{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || len(a.Lhs) != len(a.Rhs) {
			return true
		}
		for i, rhs := range a.Rhs {
			if id, ok := a.Lhs[i].(*ast.Ident); ok && isRecoverCall(r, rhs) {
				if o := r.info.Defs[id]; o != nil {
					vars[o] = true
				} else if o := r.info.Uses[id]; o != nil {
					vars[o] = true
				}
			}
		}
		return true
	})
	return vars
}

func isRecoverCall(r *reporter, e ast.Expr) bool {
	c, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := c.Fun.(*ast.Ident)
	_, builtin := r.info.Uses[id].(*types.Builtin)
	return ok && id.Name == "recover" && builtin
}

// declaresImplementation reports whether the script declares a type with
// the methods of the interface that the type expression e names.
func (r *reporter) declaresImplementation(e ast.Expr) bool {
	if r.pkg == nil {
		return false
	}
	var it *types.Interface
	var names []string
	if t := r.typeOf(e); t != nil {
		it, _ = t.Underlying().(*types.Interface)
	} else if sel, ok := e.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			names = compiledInterfaces[id.Name+"."+sel.Sel.Name]
		}
	}
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || rewrite.Pooled(tn) {
			continue // a type of lift's pool is compiled, with its methods
		}
		t := tn.Type()
		if _, isIface := t.Underlying().(*types.Interface); isIface {
			continue
		}
		if it != nil && (types.Implements(t, it) || types.Implements(types.NewPointer(t), it)) {
			return true
		}
		if names != nil && hasAll(t, names) {
			return true
		}
	}
	return false
}

// hasAll reports whether t or *t has methods of all these names.
func hasAll(t types.Type, names []string) bool {
	for _, n := range names {
		if !hasMethod(t, n) {
			return false
		}
	}
	return true
}
