package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/hint"
)

// The network gate may hand a script its connections and listeners wrapped,
// so that the stall hints, the trace (--trace, --pcap), the faults and a
// lesson test's pacing see their bytes. A wrapper is not Go's *net.TCPConn:
// a script that asserts its connection's type (c.(*net.TCPConn), to call
// SetNoDelay), switches on it, or hands it on as an any (to fmt, log,
// reflect, a function of its own, a variable: %T), or does so with a value
// that may hold one (an io.Writer, a struct of its own with a connection
// field, whose %#v names its type), would see the wrapper where a Go build
// sees Go's value. This pass records where the script
// first does so, whether hints are on or not, in the hint sites
// (hint.Sites.Concrete and Listeners): the script process then has the gate
// hand out Go's own values, and names that place to a user whose --trace or
// --faults therefore sees nothing of them. It edits nothing.

// A netKind is a kind of the gate's values whose concrete type a script
// may look at.
type netKind struct {
	noun string                       // "connection"
	is   func(types.Type) bool        // the types that hold one
	keep func(*hint.Sites, hint.Look) // records where the script looks
	// methods are the methods of the type of net's that the gate hands
	// out, *net.TCPConn: an interface of no others may hold one. They are
	// named here since the script's type check reads only the members of
	// net that it names.
	methods []string
}

var netKinds = []netKind{
	{noun: "connection", is: isNet, keep: (*hint.Sites).KeepConcrete, methods: []string{
		"Close", "CloseRead", "CloseWrite", "File", "LocalAddr", "MultipathTCP", "Read", "ReadFrom",
		"RemoteAddr", "SetDeadline", "SetKeepAlive", "SetKeepAliveConfig", "SetKeepAlivePeriod",
		"SetLinger", "SetNoDelay", "SetReadBuffer", "SetReadDeadline", "SetWriteBuffer",
		"SetWriteDeadline", "SyscallConn", "Write", "WriteTo",
	}},
	{noun: "listener", is: isListener, keep: (*hint.Sites).KeepListeners, methods: []string{
		"Accept", "AcceptTCP", "Addr", "Close", "File", "SetDeadline", "SyscallConn",
	}},
}

// held says of a value of type t whether it may hold a value of kind k:
// one of net's types of that kind (a connection), or a value that holds
// one or may (an io.ReadCloser, a *client with a net.Conn field; see
// mayHold). subject names it as the notes do.
func (k netKind) held(p *Package, t types.Type) (subject string, ok bool) {
	if t == nil {
		return "", false
	}
	if k.is(t) {
		return "a " + k.noun, true
	}
	if !k.mayHold(p, t, 3) {
		return "", false
	}
	return fmt.Sprintf("a value of %s, which may hold a %s", types.TypeString(t, types.RelativeTo(p.Types)), k.noun), true
}

// mayHold reports whether a value of type t may hold a value of kind k
// that a printing function would show the type of (%#v): t is an interface
// with methods that the concrete type has, or a pointer, slice, array, map
// or struct of the script's (not one of Go's library, whose fields are its
// own business) that holds one, depth levels down at most.
func (k netKind) mayHold(p *Package, t types.Type, depth int) bool {
	if t == nil || depth < 0 {
		return false
	}
	if k.is(t) {
		return true
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != p.Types && !slices.Contains(p.Script, n.Obj().Pkg()) {
		if _, ok := n.Underlying().(*types.Interface); !ok {
			return false
		}
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Interface:
		if u.Empty() {
			return false
		}
		for m := range u.Methods() {
			if !slices.Contains(k.methods, m.Name()) {
				return false
			}
		}
		return true
	case *types.Pointer:
		return k.mayHold(p, u.Elem(), depth-1)
	case *types.Slice:
		return k.mayHold(p, u.Elem(), depth-1)
	case *types.Array:
		return k.mayHold(p, u.Elem(), depth-1)
	case *types.Map:
		return k.mayHold(p, u.Key(), depth-1) || k.mayHold(p, u.Elem(), depth-1)
	case *types.Struct:
		for f := range u.Fields() {
			if k.mayHold(p, f.Type(), depth-1) {
				return true
			}
		}
	}
	return false
}

func concreteLooks(p *Package, f *ast.File, _ *Editor) {
	if p.Hints == nil {
		return
	}
	keep := func(k netKind, at token.Pos, what string) {
		pos := p.Fset.Position(at)
		k.keep(p.Hints, hint.Look{At: fmt.Sprintf("%s:%d:%d", pos.Filename, pos.Line, pos.Column), What: what})
	}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		for _, k := range netKinds {
			switch n := n.(type) {
			case *ast.TypeAssertExpr:
				if n.Type != nil && k.is(p.Info.TypeOf(n.Type)) {
					keep(k, n.Pos(), fmt.Sprintf("asserts a %s's type (%s)", k.noun, typeText(p, n.Type)))
					continue
				}
				subject, ok := k.held(p, p.Info.TypeOf(n.X))
				switch {
				case !ok:
				case n.Type == nil && subject == "a "+k.noun:
					keep(k, n.Pos(), fmt.Sprintf("switches on a %s's type", k.noun))
				case n.Type == nil:
					keep(k, n.Pos(), fmt.Sprintf("switches on the type of %s", subject))
				case subject == "a "+k.noun:
					keep(k, n.Pos(), fmt.Sprintf("asserts a %s's type (%s)", k.noun, typeText(p, n.Type)))
				default:
					keep(k, n.Pos(), fmt.Sprintf("asserts the type of %s (%s)", subject, typeText(p, n.Type)))
				}
			case *ast.CaseClause:
				// A case of a type switch on an interface that may hold
				// one (switch v := x.(type) with x an any).
				for _, x := range n.List {
					if tv := p.Info.Types[x]; tv.IsType() && k.is(tv.Type) {
						keep(k, x.Pos(), fmt.Sprintf("switches on a %s's type (case %s)", k.noun, typeText(p, x)))
					}
				}
			case *ast.CallExpr:
				if arg, fn, ok := shows(p, n, func(t types.Type) bool { _, ok := k.held(p, t); return ok }); ok {
					subject, _ := k.held(p, p.Info.TypeOf(arg))
					if p.Info.Types[n.Fun].IsType() {
						keep(k, arg.Pos(), fmt.Sprintf("converts %s to %s", inset(subject), fn))
					} else {
						keep(k, arg.Pos(), fmt.Sprintf("hands %s to %s", inset(subject), fn))
					}
				}
			default:
				for _, x := range storedAsAny(p, n, stack) {
					if subject, ok := k.held(p, p.Info.TypeOf(x)); ok {
						keep(k, x.Pos(), fmt.Sprintf("stores %s as an empty interface", inset(subject)))
					}
				}
			}
		}
		return true
	})
}

// inset ends a subject that held named with a clause (", which may hold a
// connection") with a comma, so that the sentence goes on after it.
func inset(subject string) string {
	if strings.Contains(subject, ", which ") {
		return subject + ","
	}
	return subject
}

// storedAsAny returns the values that n, a statement or a composite
// literal, stores in a variable, field, element, channel or result of an
// empty interface type, where they could later be printed (%T) or asserted
// out of sight; stack holds the nodes around n.
func storedAsAny(p *Package, n ast.Node, stack []ast.Node) []ast.Expr {
	var out []ast.Expr
	into := func(dst types.Type, x ast.Expr) {
		if emptyInterface(dst) {
			out = append(out, x)
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			for i, l := range n.Lhs {
				into(p.Info.TypeOf(l), n.Rhs[i])
			}
		}
	case *ast.ValueSpec:
		if n.Type != nil {
			for _, v := range n.Values {
				into(p.Info.TypeOf(n.Type), v)
			}
		}
	case *ast.SendStmt:
		if ch, ok := types.Unalias(p.Info.TypeOf(n.Chan)).Underlying().(*types.Chan); ok {
			into(ch.Elem(), n.Value)
		}
	case *ast.ReturnStmt:
		var sig *types.Signature
		for i := len(stack) - 1; i >= 0 && sig == nil; i-- {
			switch fn := stack[i].(type) {
			case *ast.FuncLit:
				sig, _ = p.Info.TypeOf(fn).(*types.Signature)
			case *ast.FuncDecl:
				if obj, ok := p.Info.Defs[fn.Name].(*types.Func); ok {
					sig = obj.Signature()
				}
			}
		}
		if sig != nil && sig.Results().Len() == len(n.Results) {
			for i, r := range n.Results {
				into(sig.Results().At(i).Type(), r)
			}
		}
	case *ast.CompositeLit:
		t := p.Info.TypeOf(n)
		if t == nil {
			break
		}
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		for i, el := range n.Elts {
			kv, _ := el.(*ast.KeyValueExpr)
			switch u := t.Underlying().(type) {
			case *types.Slice:
				into(u.Elem(), value(el, kv))
			case *types.Array:
				into(u.Elem(), value(el, kv))
			case *types.Map:
				if kv != nil {
					into(u.Key(), kv.Key)
					into(u.Elem(), kv.Value)
				}
			case *types.Struct:
				if kv == nil {
					if i < u.NumFields() {
						into(u.Field(i).Type(), el)
					}
				} else if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := p.Info.Uses[id].(*types.Var); ok {
						into(v.Type(), kv.Value)
					}
				}
			}
		}
	}
	return out
}

// value is an element's value: the value of its key-value pair, if it is
// one.
func value(el ast.Expr, kv *ast.KeyValueExpr) ast.Expr {
	if kv != nil {
		return kv.Value
	}
	return el
}

// typeText spells the type that x denotes as the file does: *net.TCPConn.
func typeText(p *Package, x ast.Expr) string {
	return types.TypeString(p.Info.TypeOf(x), types.RelativeTo(p.Types))
}

// asserts reports whether ta asserts the type of a value for which is
// true, or to such a type: a net.Conn or *net.TCPConn (isNet), or a
// net.Listener or *net.TCPListener (isListener).
func asserts(p *Package, ta *ast.TypeAssertExpr, is func(types.Type) bool) bool {
	if is(p.Info.TypeOf(ta.X)) {
		return true
	}
	return ta.Type != nil && is(p.Info.TypeOf(ta.Type))
}

// shows reports whether call hands a value for which is is true to a
// parameter of an empty interface type (fmt.Printf's arguments, log's,
// reflect.TypeOf's, a function of the script's that takes an any), where
// it could be printed (%T) or asserted out of sight, or converts one to
// such a type (any(c)); not as fmt.Fprintf's writer or bufio.NewReader's
// reader, which are used through their methods alone. It returns that
// argument and the function's name as the file writes it (fmt.Printf).
func shows(p *Package, call *ast.CallExpr, is func(types.Type) bool) (ast.Expr, string, bool) {
	if tv := p.Info.Types[call.Fun]; tv.IsType() {
		if len(call.Args) == 1 && emptyInterface(tv.Type) && is(p.Info.TypeOf(call.Args[0])) {
			return call.Args[0], types.ExprString(call.Fun), true
		}
		return nil, "", false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := p.Info.Uses[id].(*types.Builtin); ok && b.Name() == "append" && len(call.Args) > 1 && !call.Ellipsis.IsValid() {
			// append(list, c) to a []any.
			if sl, ok := types.Unalias(p.Info.TypeOf(call)).Underlying().(*types.Slice); ok && emptyInterface(sl.Elem()) {
				for _, arg := range call.Args[1:] {
					if is(p.Info.TypeOf(arg)) {
						return arg, "append", true
					}
				}
			}
		}
	}
	sig, ok := types.Unalias(p.Info.TypeOf(call.Fun)).(*types.Signature)
	if !ok {
		return nil, "", false // another builtin
	}
	// A parameter of a type parameter's type, of a generic function of the
	// script's, holds what it is given as an any would, for fmt and for
	// assertions (Go's library's, slices.Index(conns, c), look at no type).
	var generic *types.Signature
	if fn := calledFunc(p, call.Fun); fn != nil && (fn.Pkg() == p.Types || slices.Contains(p.Script, fn.Pkg())) {
		generic = fn.Origin().Signature()
	}
	for i, arg := range call.Args {
		if !is(p.Info.TypeOf(arg)) {
			continue
		}
		if emptyInterface(paramType(sig, i, call.Ellipsis.IsValid())) {
			return arg, types.ExprString(call.Fun), true
		}
		if generic != nil {
			if _, ok := paramType(generic, i, call.Ellipsis.IsValid()).(*types.TypeParam); ok {
				return arg, types.ExprString(call.Fun), true
			}
		}
	}
	return nil, "", false
}

// calledFunc returns the function or method that fun, a call's function,
// names (show of show(c), show[net.Conn], s.show); nil for a value.
func calledFunc(p *Package, fun ast.Expr) *types.Func {
	fun = ast.Unparen(fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	}
	if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ix.X
	}
	switch f := fun.(type) {
	case *ast.Ident:
		fn, _ := p.Info.Uses[f].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		fn, _ := p.Info.Uses[f.Sel].(*types.Func)
		return fn
	}
	return nil
}

// isNet reports whether t is net.Conn or a *net.TCPConn, the connections
// the taps would wrap.
func isNet(t types.Type) bool { return isNetNamed(t, "Conn", "TCPConn") }

// isListener reports whether t is net.Listener or a *net.TCPListener, the
// listeners the gate would wrap so that the taps see what they accept.
func isListener(t types.Type) bool { return isNetNamed(t, "Listener", "TCPListener") }

// isNetNamed reports whether t, or what it points to, is one of net's types
// of the names given.
func isNetNamed(t types.Type, names ...string) bool {
	if t == nil {
		return false
	}
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "net" {
		return false
	}
	return slices.Contains(names, named.Obj().Name())
}
