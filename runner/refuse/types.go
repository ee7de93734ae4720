package refuse

import (
	"go/ast"
	"go/types"
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
// script declares it with a basic underlying type (type Celsius float64).
func (r *reporter) basicNamed(e ast.Expr) types.Type {
	t := r.typeOf(e)
	if t == nil || !r.declared(t) {
		return nil
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return t
	}
	return nil
}

// typeSwitches refuses the cases of a type switch that the interpreter
// does not match as Go does: an interface case (case error, case
// fmt.Stringer) never matches there, and a type the script declares on a
// basic type (type Celsius float64) matches values of that basic type too.
func typeSwitches(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		for _, c := range ts.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				if name := r.interfaceName(e); name != "" {
					r.refuse(e.Pos(), "case %s: the interpreter's type switch does not match interface types: test the value with errors.As, or list the concrete types in the cases", name)
				} else if t := r.basicNamed(e); t != nil {
					r.refuse(e.Pos(), "case %s: the interpreter cannot tell %s from %s in a type switch: declare it as a struct (type %s struct{ V %s })", types.TypeString(t, types.RelativeTo(r.pkg)), types.TypeString(t, types.RelativeTo(r.pkg)), t.Underlying(), types.TypeString(t, types.RelativeTo(r.pkg)), t.Underlying())
				}
			}
		}
		return true
	})
}

// typeAssertions refuses the assertions that the interpreter answers
// differently from Go: to an interface of a value that the script made
// (a value that a panic carried to recover is left to recoveredValues);
// and to a type declared on a basic type.
func typeAssertions(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		if t := r.basicNamed(ta.Type); t != nil {
			name := types.TypeString(t, types.RelativeTo(r.pkg))
			r.refuse(ta.Type.Pos(), "the interpreter cannot tell %s from %s in a type assertion: declare it as a struct (type %s struct{ V %s })", name, t.Underlying(), name, t.Underlying())
			return true
		}
		name := r.interfaceName(ta.Type)
		if name == "" {
			return true
		}
		if r.declaresImplementation(ta.Type) {
			r.refuse(ta.Type.Pos(), "the interpreter does not see that a value the script made implements %s: test for the concrete types the value can have", name)
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
		if !ok {
			continue
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

// methodExpressions refuses Type.Method and (*Type).Method of a type the
// script declares, which the interpreter calls with the wrong arguments.
func methodExpressions(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := r.info.Selections[sel]
		if s == nil || s.Kind() != types.MethodExpr {
			return true
		}
		recv := s.Recv()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		if r.declared(recv) {
			r.refuse(sel.Pos(), "the interpreter cannot call the method expression %s: write a function literal that calls the method, func(v %s, ...) { v.%s(...) }",
				types.ExprString(sel), types.TypeString(s.Recv(), types.RelativeTo(r.pkg)), sel.Sel.Name)
		}
		return true
	})
}
