package refuse

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/gostd"
)

// gobWire refuses a gob.Encoder whose bytes the program can read other
// than by a gob.Decoder, in a script that encodes a type whose description
// gob names. gob sends, before the first value of a struct, slice, array
// or map type, a description of it that carries its name (Envelope, or
// []main.Move for a field's type), which gob takes from reflect; the
// interpreter builds a script's types with reflect.StructOf, SliceOf and
// so on, which have no name, so its stream lacks the names (or names the
// fields' types by their fields, or counts one type where Go counts two,
// as type Names []string and []string): a Go peer's decoder reads the
// values alike, and reads no name, but the bytes and their count differ.
//
// An encoder is accepted where its bytes go to a connection (net.Conn,
// *net.TCPConn, *net.UnixConn, *tls.Conn, *sock.Conn), to a bufio.Writer
// or ReadWriter over one, to io.Discard, or to a bytes.Buffer that only gob.NewDecoder
// reads; a variable, a struct field or a parameter is followed to what
// it is given. The
// bytes sent on a connection reach the peer's decoder as Go's would; a
// script that reads a connection other than through gob.NewDecoder is
// refused there, as it could count or show them (rawConnReads).
func gobWire(r *reporter) {
	named, why := r.gobNamedType()
	if named == "" {
		return
	}
	w := &gobWriters{r: r, seen: map[types.Object]bool{}}
	conns := false
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if r.calleeName(n) != "encoding/gob.NewEncoder" || len(n.Args) != 1 {
				return true
			}
			if !w.unseen(n.Args[0]) {
				r.refuse(n.Args[0].Pos(), "under socklab, gob's description of %s %s, so the bytes this encoder writes differ from a Go build's, and could be read here other than by a gob.Decoder: encode to a net.Conn (a peer's gob.Decoder reads the values as Go's), or to a bytes.Buffer that only gob.NewDecoder reads", named, why)
				return true
			}
			if isConn(r.typeOf(n.Args[0])) || w.viaConn {
				conns = true
			}
			w.viaConn = false
		case *ast.SelectorExpr:
			if len(stack) > 0 {
				if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && call.Fun == n {
					return true
				}
			}
			if sel, pn := r.qualified(n); pn != nil && pn.Imported().Path() == "encoding/gob" && sel.Sel.Name == "NewEncoder" {
				r.refuse(n.Pos(), "under socklab, gob's description of %s %s, so the bytes an encoder writes differ from a Go build's: call gob.NewEncoder directly, on a net.Conn, or on a bytes.Buffer that only gob.NewDecoder reads", named, why)
			}
		}
		return true
	})
	if conns {
		r.rawConnReads(named, why)
	}
}

// rawConnReads refuses reading a connection's bytes other than through
// gob.NewDecoder (its Read method, or the connection handed on as an
// io.Reader) in a script whose gob encoder writes to a connection: the
// script could count or show the bytes of that stream, which differ from
// a Go build's. A connection that the script also hands to
// gob.NewDecoder or gob.NewEncoder (itself, or through a bufio.Reader,
// Writer or ReadWriter on it) carries a protocol of its own around gob's
// values, as a command line before them or a reply after them, whose raw
// reads are not gob's bytes, and is accepted.
func (r *reporter) rawConnReads(named, why string) {
	decoded := map[types.Object]bool{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && (r.calleeName(call) == "encoding/gob.NewDecoder" || r.calleeName(call) == "encoding/gob.NewEncoder") && len(call.Args) == 1 {
			if o := r.connRoot(call.Args[0], 0); o != nil {
				decoded[o] = true
			}
		}
		return true
	})
	raw := func(e ast.Expr) bool {
		o := r.connRoot(e, 0)
		return o == nil || !decoded[o]
	}
	// stored reports a connection kept as a reader of another type (a
	// struct field or a variable of type io.Reader), which the program
	// may read other than through gob, even where it hands the reader to
	// gob.NewDecoder (a reader of its own that counts what gob reads).
	stored := func(to types.Type, e ast.Expr) {
		if to != nil && isConn(r.typeOf(e)) && !isConn(to) && readsAsReader(to) {
			r.refuse(e.Pos(), rawReadMessage, named, why)
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if st, ok := r.typeOf(n).Underlying().(*types.Struct); ok {
				for i, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if v, ok := r.info.Uses[id].(*types.Var); ok {
								stored(v.Type(), kv.Value)
							}
						}
					} else if i < st.NumFields() {
						stored(st.Field(i).Type(), elt)
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					stored(r.typeOf(lhs), n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					stored(r.typeOf(n.Type), v)
				}
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && isConn(r.typeOf(sel.X)) && rawReadMethod(r.typeOf(sel.X), sel.Sel.Name) {
			if raw(sel.X) {
				r.refuse(sel.Sel.Pos(), rawReadMessage, named, why)
			}
			return true
		}
		if r.calleeName(call) == "encoding/gob.NewDecoder" {
			return true
		}
		sig, ok := r.typeOf(call.Fun).(*types.Signature)
		if !ok {
			return true
		}
		for i, arg := range call.Args {
			if !isConn(r.typeOf(arg)) {
				continue
			}
			if p := paramType(sig, i); p != nil && !isConn(p) && readsAsReader(p) && raw(arg) {
				r.refuse(arg.Pos(), rawReadMessage, named, why)
			}
		}
		return true
	})
}

// connRoot returns the variable or field of the connection that e reads
// or writes: e itself, or the connection under a bufio.Reader, Scanner,
// Writer or ReadWriter that e is or a variable assigned once holds; nil
// where there is none.
func (r *reporter) connRoot(e ast.Expr, depth int) types.Object {
	if depth > 8 {
		return nil
	}
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op.String() == "&" {
			return r.connRoot(e.X, depth+1)
		}
	case *ast.SelectorExpr:
		if v, ok := r.info.Uses[e.Sel].(*types.Var); ok && isConn(v.Type()) {
			return v
		}
	case *ast.CallExpr:
		switch r.calleeName(e) {
		case "bufio.NewReader", "bufio.NewReaderSize", "bufio.NewScanner", "bufio.NewReadWriter", "bufio.NewWriter", "bufio.NewWriterSize":
			if len(e.Args) > 0 {
				return r.connRoot(e.Args[0], depth+1)
			}
		}
	case *ast.Ident:
		v, ok := r.info.Uses[e].(*types.Var)
		if !ok {
			return nil
		}
		if isConn(v.Type()) {
			return v
		}
		if vals := r.assignedValues(v); len(vals) == 1 {
			return r.connRoot(vals[0], depth+1)
		}
	}
	return nil
}

// assignedValues returns the values that the package's declarations and
// assignments give v, nil where one of them gives it several values'
// one (a call's results, a range).
func (r *reporter) assignedValues(v *types.Var) []ast.Expr {
	var vals []ast.Expr
	tuple := false
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if r.info.Defs[name] == v {
					if len(n.Values) != len(n.Names) {
						tuple = true
					} else {
						vals = append(vals, n.Values[i])
					}
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && (r.info.Defs[id] == v || r.info.Uses[id] == v) {
					if len(n.Lhs) != len(n.Rhs) {
						tuple = true
					} else {
						vals = append(vals, n.Rhs[i])
					}
				}
			}
		}
		return true
	})
	if tuple {
		return nil
	}
	return vals
}

const rawReadMessage = "this script writes gob to a connection and reads a connection's bytes itself, which could be gob's: under socklab, gob's description of %s %s, so those bytes and their count differ from a Go build's: read the connection with gob.NewDecoder"

// paramType returns the type of the parameter that argument i of a call
// of sig goes to, nil where there is none.
func paramType(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	if n == 0 {
		return nil
	}
	if sig.Variadic() && i >= n-1 {
		if s, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

// rawReadMethod reports whether the method name of a connection of type t
// reads its bytes: Read, and sock's Recv and Read methods.
func rawReadMethod(t types.Type, name string) bool {
	if isNamed(t, "github.com/socklab/socklab/stdlib/sock", "Conn") {
		return strings.HasPrefix(name, "Recv") || strings.HasPrefix(name, "Read")
	}
	return name == "Read"
}

// readsAsReader reports whether t is an interface type whose methods
// include Read: the argument is read as an io.Reader (io.ReadCloser, a
// script's own interface).
func readsAsReader(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for i := range iface.NumMethods() {
		if iface.Method(i).Name() == "Read" {
			return true
		}
	}
	return false
}

// gobRegistered returns the name of a type of the script's that the script
// registers with gob (gob.Register, gob.RegisterName), "" where none.
func (r *reporter) gobRegistered() string {
	name := ""
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || name != "" {
			return name == ""
		}
		callee := r.calleeName(call)
		if callee != "encoding/gob.Register" && callee != "encoding/gob.RegisterName" || len(call.Args) == 0 {
			return true
		}
		if t := r.typeOf(call.Args[len(call.Args)-1]); t != nil {
			name = r.gobNamed(t, false, "", map[types.Type]bool{})
		}
		return true
	})
	return name
}

// gobNamed returns the name of the first type of the script's in t whose
// gob description Go names otherwise than the interpreter: a struct, slice,
// array or map type the script declares, or one of its types inside an
// unnamed slice, array or map, or a struct inside one (whose description
// Go names []main.Celsius); an interface stands for registered, the types
// the script registers. A struct's fields are inside where it is.
func (r *reporter) gobNamed(t types.Type, inside bool, registered string, seen map[types.Type]bool) string {
	if t == nil || seen[t] {
		return ""
	}
	seen[t] = true
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		if n.Obj().Pkg() == nil || r.compiledPackage(n.Obj().Pkg()) {
			return "" // Go's own type, whose name the interpreter keeps
		}
		switch u := n.Underlying().(type) {
		case *types.Interface:
			return registered
		case *types.Basic:
			if inside {
				return n.Obj().Name()
			}
			return ""
		case *types.Pointer:
			return r.gobNamed(u.Elem(), inside, registered, seen)
		case *types.Struct, *types.Slice, *types.Array, *types.Map:
			if sl, ok := u.(*types.Slice); ok && isByte(sl.Elem()) {
				if inside {
					return n.Obj().Name()
				}
				return ""
			}
			return n.Obj().Name()
		}
		return ""
	}
	switch u := t.(type) {
	case *types.Pointer:
		return r.gobNamed(u.Elem(), inside, registered, seen)
	case *types.Slice:
		return r.gobNamed(u.Elem(), true, registered, seen)
	case *types.Array:
		return r.gobNamed(u.Elem(), true, registered, seen)
	case *types.Map:
		if s := r.gobNamed(u.Key(), true, registered, seen); s != "" {
			return s
		}
		return r.gobNamed(u.Elem(), true, registered, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			if s := r.gobNamed(f.Type(), inside, registered, seen); s != "" {
				return s
			}
		}
	case *types.Interface:
		return registered
	}
	return ""
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// compiledPackage reports whether p is a package socklab links compiled:
// one of Go's library or a helper package, whose types keep their names.
func (r *reporter) compiledPackage(p *types.Package) bool {
	if p == r.pkg {
		return false
	}
	if strings.HasPrefix(p.Path(), "github.com/socklab/socklab/") {
		return true
	}
	_, ok := gostd.Key(p.Path())
	return ok
}

// isConn reports whether t is a connection to a peer: net.Conn,
// *net.TCPConn, *net.UnixConn, *tls.Conn or sock's *Conn.
func isConn(t types.Type) bool {
	if t == nil {
		return false
	}
	return isNamed(t, "net", "Conn") || isNamed(t, "net", "TCPConn") || isNamed(t, "net", "UnixConn") ||
		isNamed(t, "crypto/tls", "Conn") || isNamed(t, "github.com/socklab/socklab/stdlib/sock", "Conn")
}

// gobWriters tells the writers whose bytes a program reads only through a
// peer or a gob.Decoder.
type gobWriters struct {
	r    *reporter
	seen map[types.Object]bool // variables being followed
	// viaConn is set where unseen found a connection through a variable
	// or a bufio.Writer.
	viaConn bool
}

// unseen reports whether the bytes written to e are read only by a peer
// or a gob.Decoder.
func (w *gobWriters) unseen(e ast.Expr) bool {
	r := w.r
	e = ast.Unparen(e)
	if isConn(r.typeOf(e)) {
		w.viaConn = true
		return true
	}
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if sel, pn := r.qualified(e); pn != nil {
			return pn.Imported().Path() == "io" && sel.Sel.Name == "Discard"
		}
		if v, ok := r.info.Uses[e.Sel].(*types.Var); ok && v.IsField() && v.Pkg() == r.pkg {
			return w.unseenField(v)
		}
	case *ast.CallExpr:
		switch r.calleeName(e) {
		case "bufio.NewWriter", "bufio.NewWriterSize":
			return len(e.Args) > 0 && w.unseen(e.Args[0])
		case "bufio.NewReadWriter":
			return len(e.Args) == 2 && w.unseen(e.Args[1])
		}
	case *ast.UnaryExpr:
		if id, ok := e.X.(*ast.Ident); ok && e.Op.String() == "&" {
			if v, ok := r.info.Uses[id].(*types.Var); ok && isNamed(v.Type(), "bytes", "Buffer") {
				return w.gobOnlyBuffer(v)
			}
		}
	case *ast.Ident:
		v, ok := r.info.Uses[e].(*types.Var)
		if !ok || v.Pkg() != r.pkg {
			return false
		}
		if isNamed(v.Type(), "bytes", "Buffer") {
			return w.gobOnlyBuffer(v)
		}
		return w.unseenVar(v)
	}
	return false
}

// unseenVar reports whether every value a variable of the package holds
// (its initialisers and assignments, or a parameter's arguments at every
// call of its function) is unseen, and its address is never taken.
func (w *gobWriters) unseenVar(v *types.Var) bool {
	if w.seen[v] {
		return false
	}
	w.seen[v] = true
	defer delete(w.seen, v)
	if fn := w.paramOf(v); fn != nil {
		return w.unseenArguments(fn.decl, fn.index)
	}
	r := w.r
	ok, found := true, false
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if r.info.Defs[name] != v {
					continue
				}
				if len(n.Values) != len(n.Names) {
					ok = false // a zero value, or a call's several results
					return false
				}
				found = true
				ok = ok && w.unseen(n.Values[i])
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, isIdent := ast.Unparen(lhs).(*ast.Ident)
				if !isIdent || r.info.Defs[id] != v && r.info.Uses[id] != v {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) {
					ok = false
					return false
				}
				found = true
				ok = ok && w.unseen(n.Rhs[i])
			}
		case *ast.UnaryExpr:
			if id, isIdent := n.X.(*ast.Ident); isIdent && n.Op.String() == "&" && r.info.Uses[id] == v {
				ok = false
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, isIdent := x.(*ast.Ident); isIdent && (r.info.Defs[id] == v || r.info.Uses[id] == v) {
					ok = false
				}
			}
		}
		return true
	})
	return ok && found
}

// unseenField reports whether every value the package gives a struct
// field v (in an assignment, or a struct literal, keyed or not) is
// unseen, and its address is never taken.
func (w *gobWriters) unseenField(v *types.Var) bool {
	if w.seen[v] {
		return false
	}
	w.seen[v] = true
	defer delete(w.seen, v)
	r := w.r
	ok, found := true, false
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, isSel := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !isSel || r.info.Uses[sel.Sel] != v {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) {
					ok = false
					return false
				}
				found = true
				ok = ok && w.unseen(n.Rhs[i])
			}
		case *ast.CompositeLit:
			st, isStruct := r.typeOf(n).Underlying().(*types.Struct)
			if !isStruct {
				return true
			}
			for i, elt := range n.Elts {
				if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
					if id, isIdent := kv.Key.(*ast.Ident); isIdent && r.info.Uses[id] == v {
						found = true
						ok = ok && w.unseen(kv.Value)
					}
				} else if i < st.NumFields() && st.Field(i) == v {
					found = true
					ok = ok && w.unseen(elt)
				}
			}
		case *ast.UnaryExpr:
			if sel, isSel := n.X.(*ast.SelectorExpr); isSel && n.Op.String() == "&" && r.info.Uses[sel.Sel] == v {
				ok = false
			}
		}
		return true
	})
	return ok && found
}

// param is a parameter's function declaration and index.
type param struct {
	decl  *ast.FuncDecl
	index int
}

// paramOf returns the function declaration and index of v where v is a
// parameter of a function or method the package declares, nil otherwise.
func (w *gobWriters) paramOf(v *types.Var) *param {
	var found *param
	w.r.inspect(func(n ast.Node, _ []ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || found != nil {
			return found == nil
		}
		i := 0
		for _, field := range fd.Type.Params.List {
			if len(field.Names) == 0 {
				i++
			}
			for _, name := range field.Names {
				if w.r.info.Defs[name] == v {
					found = &param{fd, i}
				}
				i++
			}
		}
		return false
	})
	return found
}

// unseenArguments reports whether fd is only ever called directly, each
// time with an unseen argument index.
func (w *gobWriters) unseenArguments(fd *ast.FuncDecl, index int) bool {
	r := w.r
	obj := r.info.Defs[fd.Name]
	if obj == nil {
		return false
	}
	if sig, ok := obj.Type().(*types.Signature); ok && sig.Variadic() && index >= sig.Params().Len()-1 {
		return false
	}
	ok, calls := true, 0
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		if !ok {
			return false
		}
		var id *ast.Ident
		switch n := n.(type) {
		case *ast.Ident:
			id = n
		default:
			return true
		}
		if r.info.Uses[id] != obj {
			return true
		}
		// id must be the callee of a call, by itself or as a selector's name.
		callee := ast.Node(id)
		parent := len(stack) - 1
		if parent >= 0 {
			if sel, isSel := stack[parent].(*ast.SelectorExpr); isSel && sel.Sel == id {
				callee = sel
				parent--
			}
		}
		if parent < 0 {
			ok = false
			return false
		}
		call, isCall := stack[parent].(*ast.CallExpr)
		if !isCall || call.Fun != callee || call.Ellipsis.IsValid() || index >= len(call.Args) {
			ok = false
			return false
		}
		calls++
		ok = w.unseen(call.Args[index])
		return true
	})
	return ok && calls > 0
}

// gobOnlyBuffer reports whether v, a bytes.Buffer or a pointer to one,
// is only handed to gob.NewEncoder and gob.NewDecoder (itself, its
// address, or bytes.NewReader of its Bytes), reset, or made afresh.
func (w *gobWriters) gobOnlyBuffer(v *types.Var) bool {
	r := w.r
	if v.Pkg() != r.pkg || v.Parent() == r.pkg.Scope() {
		return false // a package variable: other packages' code may read it
	}
	ok := true
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		id, isIdent := n.(*ast.Ident)
		if !ok || !isIdent || r.info.Uses[id] != v {
			return ok
		}
		ok = gobBufferUse(r, id, stack)
		return false
	})
	return ok
}

// gobBufferUse reports whether the use id of a buffer variable, below
// stack, hands it to gob, resets it or makes it afresh.
func gobBufferUse(r *reporter, id *ast.Ident, stack []ast.Node) bool {
	i := len(stack) - 1
	var child ast.Node = id
	if i >= 0 {
		if u, ok := stack[i].(*ast.UnaryExpr); ok && u.Op.String() == "&" {
			child, i = u, i-1
		}
	}
	if i < 0 {
		return false
	}
	switch p := stack[i].(type) {
	case *ast.CallExpr:
		name := r.calleeName(p)
		return (name == "encoding/gob.NewEncoder" || name == "encoding/gob.NewDecoder") && len(p.Args) == 1 && p.Args[0] == child
	case *ast.SelectorExpr:
		if child != id || p.X != id || i == 0 {
			return false
		}
		call, ok := stack[i-1].(*ast.CallExpr)
		if !ok || call.Fun != p {
			return false
		}
		switch p.Sel.Name {
		case "Reset":
			return true
		case "Bytes":
			// bytes.NewReader(buf.Bytes()) handed to gob.NewDecoder
			if i < 3 {
				return false
			}
			reader, ok := stack[i-2].(*ast.CallExpr)
			if !ok || r.calleeName(reader) != "bytes.NewReader" && r.calleeName(reader) != "bytes.NewBuffer" {
				return false
			}
			dec, ok := stack[i-3].(*ast.CallExpr)
			return ok && r.calleeName(dec) == "encoding/gob.NewDecoder" && len(dec.Args) == 1 && dec.Args[0] == reader
		}
	case *ast.AssignStmt:
		// buf = new(bytes.Buffer), buf = &bytes.Buffer{}: made afresh
		for j, lhs := range p.Lhs {
			if lhs == child && len(p.Rhs) == len(p.Lhs) {
				return freshBuffer(r, p.Rhs[j])
			}
		}
	}
	return false
}

// freshBuffer reports whether e makes a new buffer: new(bytes.Buffer),
// &bytes.Buffer{}, bytes.Buffer{}, bytes.NewBuffer(nil).
func freshBuffer(r *reporter, e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op.String() == "&" {
		e = u.X
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && id.Name == "new" {
			return true
		}
		if r.calleeName(e) == "bytes.NewBuffer" && len(e.Args) == 1 {
			id, ok := e.Args[0].(*ast.Ident)
			return ok && id.Name == "nil"
		}
	}
	return false
}
