package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/lift/rpcserve"
)

// net/rpc's server finds a receiver's methods by reflection, which sees
// none on the interpreter's types, so rpc.Register of a script's type
// failed. This pass hands each registration to runner/lift/rpcserve as a
// table of the receiver's methods that net/rpc would publish, written by
// a function declared after the file's last line from the type checker's
// method set, and sends every other use of an *rpc.Server to the
// rpcserve.Server that stands for it, which serves them as net/rpc does:
//
//	rpc.Register(new(Arith))   =>   sl.Register(_rpcsvc1(new(Arith)))
//	srv.Accept(ln)             =>   sl.For(srv).Accept(ln)
//	rpc.HandleHTTP()           =>   sl.HandleHTTP()
//	http.Handle("/rpc", srv)   =>   http.Handle("/rpc", sl.For(srv))
//	jsonrpc.ServeConn(c)       =>   sl.ServeCodec(jsonrpc.NewServerCodec(c))
//
// What it cannot send there is refused: a registration of a value of an
// interface type (its methods are known only at run time), Register taken
// as a value, a method expression of *rpc.Server, a server that a struct
// embeds, a receiver whose method's types this file cannot write.

// serverFuncs are the functions of net/rpc that use rpc.DefaultServer and
// the methods of *rpc.Server that the pass sends to rpcserve; registers
// says which take a receiver to register, and as which argument.
var serverFuncs = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"Register": 0, "RegisterName": 1,
		"Accept": -1, "ServeConn": -1, "ServeCodec": -1, "ServeRequest": -1, "HandleHTTP": -1, "ServeHTTP": -1,
	}
})

func rpcServe(p *Package, f *ast.File, e *Editor) {
	if !usesRPC(p, f) {
		return
	}
	r := &rpcRewriter{p: p, f: f, e: e, services: map[string]string{}}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			if n.Name != nil && n.Name.Name == "." && (n.Path.Value == `"net/rpc"` || n.Path.Value == `"net/rpc/jsonrpc"`) {
				e.Refuse(n.Pos(), "socklab serves net/rpc's requests through the package's name: import %s without the dot", n.Path.Value)
			}
		case *ast.SelectorExpr:
			r.selector(n, stack)
		case *ast.CallExpr:
			r.handlerArgs(n)
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, x := range n.Rhs {
					r.handler(x, p.Info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for _, x := range n.Values {
					r.handler(x, p.Info.TypeOf(n.Type))
				}
			}
		case *ast.CompositeLit:
			r.elements(n)
		case *ast.ReturnStmt:
			r.results(n, stack)
		case *ast.SendStmt:
			if ch, ok := p.Info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				r.handler(n.Value, ch.Elem())
			}
		}
		return true
	})
}

// usesRPC reports whether f imports net/rpc or net/rpc/jsonrpc, or has an
// expression of type *rpc.Server or *rpc.Client.
func usesRPC(p *Package, f *ast.File) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"net/rpc"` || imp.Path.Value == `"net/rpc/jsonrpc"` {
			return true
		}
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found && (isRPCServer(p.Info.TypeOf(x)) || isRPCClient(p.Info.TypeOf(x))) {
			found = true
		}
		return !found
	})
	return found
}

// isRPCServer reports whether t is *rpc.Server or rpc.Server.
func isRPCServer(t types.Type) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/rpc" && named.Obj().Name() == "Server"
}

// rpcRewriter rewrites one file's uses of net/rpc's server.
type rpcRewriter struct {
	p        *Package
	f        *ast.File
	e        *Editor
	pkg      string            // the name of the rpcserve import, once made
	services map[string]string // the functions that write a receiver's Service, by its type
	gob      string            // the file's lift.GobTable, once declared ("-" for none)
	show     *shower           // the descriptions of types for lift.JSONError
}

// lifted returns the file's name of package rpcserve.
func (r *rpcRewriter) lifted() string {
	if r.pkg == "" {
		r.pkg = r.e.Import(rpcserve.Package)
	}
	return r.pkg
}

// selector rewrites a use of one of serverFuncs, as net/rpc's function or
// as a method of an *rpc.Server, and jsonrpc.ServeConn.
func (r *rpcRewriter) selector(sel *ast.SelectorExpr, stack []ast.Node) {
	var call *ast.CallExpr
	if len(stack) > 0 {
		if c, ok := stack[len(stack)-1].(*ast.CallExpr); ok && ast.Unparen(c.Fun) == sel {
			call = c
		}
	}
	if id, ok := sel.X.(*ast.Ident); ok {
		if pn, ok := r.p.Info.Uses[id].(*types.PkgName); ok {
			r.packageFunc(id, pn.Imported().Path(), sel, call)
			return
		}
	}
	s, ok := r.p.Info.Selections[sel]
	if !ok {
		return
	}
	fn, ok := s.Obj().(*types.Func)
	if ok && fn.Name() == "Call" && call != nil && len(call.Args) == 3 && isClient(fn) {
		r.clientCall(call)
		return
	}
	if ok && fn.Name() == "Go" && call != nil && len(call.Args) == 4 && isClient(fn) {
		r.clientGo(sel, call)
		return
	}
	if !ok || fn.Signature().Recv() == nil || !isRPCServer(fn.Signature().Recv().Type()) {
		return
	}
	arg, served := serverFuncs()[fn.Name()]
	if !served {
		return
	}
	switch {
	case s.Kind() == types.MethodExpr:
		r.e.Refuse(sel.Pos(), "socklab serves a script's net/rpc services through calls of the server's methods: call %s on the server (srv.%s(...)) rather than take it as a method expression", fn.Name(), fn.Name())
		return
	case len(s.Index()) > 1:
		r.e.Refuse(sel.Pos(), "socklab serves a script's net/rpc services through calls of the server's methods, and %s is the method of an *rpc.Server that a struct embeds: give the field a name and call its %s", fn.Name(), fn.Name())
		return
	case arg >= 0 && call == nil:
		r.e.Refuse(sel.Pos(), "socklab hands net/rpc a receiver's methods where %s is called with it: call %s directly rather than take it as a value", fn.Name(), fn.Name())
		return
	}
	server := r.lifted() + ".For("
	if _, isPtr := types.Unalias(r.p.Info.TypeOf(sel.X)).(*types.Pointer); !isPtr {
		server += "&"
	}
	r.e.Insert(sel.X.Pos(), server+lineDirective(r.p, sel.X.Pos()))
	r.e.InsertFirst(sel.X.End(), ")"+lineDirective(r.p, sel.X.End()))
	if arg >= 0 && arg < len(call.Args) {
		r.receiver(call, call.Args[arg], fn.Name())
	}
}

// packageFunc rewrites a use of net/rpc's functions that use
// rpc.DefaultServer, and of jsonrpc.ServeConn.
func (r *rpcRewriter) packageFunc(id *ast.Ident, path string, sel *ast.SelectorExpr, call *ast.CallExpr) {
	name := sel.Sel.Name
	switch {
	case path == "net/rpc/jsonrpc" && name == "ServeConn":
		if call == nil || len(call.Args) != 1 {
			r.e.Refuse(sel.Pos(), "socklab serves a script's net/rpc services where jsonrpc.ServeConn is called: call it directly rather than take it as a value")
			return
		}
		r.e.Replace(id.Pos(), sel.End(), r.lifted()+".ServeCodec("+id.Name+".NewServerCodec"+lineDirective(r.p, sel.End()))
		r.e.InsertFirst(call.End(), ")")
		return
	case path != "net/rpc":
		return
	}
	arg, served := serverFuncs()[name]
	if !served || name == "ServeHTTP" {
		return
	}
	if arg >= 0 && call == nil {
		r.e.Refuse(sel.Pos(), "socklab hands net/rpc a receiver's methods where rpc.%s is called with it: call rpc.%s directly rather than take it as a value", name, name)
		return
	}
	r.e.Replace(id.Pos(), id.End(), r.lifted()+lineDirective(r.p, id.End()))
	if arg >= 0 && arg < len(call.Args) {
		r.receiver(call, call.Args[arg], name)
	}
}

// receiver hands the receiver x of a registration to the function that
// writes its Service.
func (r *rpcRewriter) receiver(call *ast.CallExpr, x ast.Expr, method string) {
	t := r.p.Info.TypeOf(x)
	if t == nil {
		return
	}
	if types.IsInterface(t) {
		r.e.Refuse(x.Pos(), "net/rpc finds the methods of the receiver that %s is given at run time, which socklab cannot do for the interpreter's types, and %s is of the interface type %s: register a value of its concrete type (rpc.Register(new(Arith)))", method, r.e.Text(x.Pos(), x.End()), types.TypeString(t, qualifier(r.p.Types)))
		return
	}
	fn, why := r.service(t)
	if fn == "" {
		r.e.Refuse(x.Pos(), "socklab hands net/rpc the methods of %s from this file, which cannot name %s: register it in the file that declares its types, and declare them outside functions", types.TypeString(t, qualifier(r.p.Types)), why)
		return
	}
	r.e.Insert(x.Pos(), fn+"("+lineDirective(r.p, x.Pos()))
	r.e.InsertFirst(x.End(), ")"+lineDirective(r.p, x.End()))
}

// service returns the name of the function, declared after the file's
// last line, that writes the Service of a receiver of type t; where a type
// it needs cannot be written in the file, it returns "" and that type.
func (r *rpcRewriter) service(t types.Type) (string, string) {
	key := types.TypeString(t, nil)
	if fn, ok := r.services[key]; ok {
		return fn, ""
	}
	spell := func(t types.Type) (string, bool) { return orderOf{}.typeText(r.p, r.f, t) }
	recv, ok := spell(t)
	if !ok {
		return "", types.TypeString(t, qualifier(r.p.Types))
	}
	methods := suitableMethods(t)
	var rows []string
	for _, m := range methods {
		row, missing := r.methodRow(m, spell)
		if row == "" {
			return "", missing
		}
		rows = append(rows, row)
	}
	_, isPtr := t.Underlying().(*types.Pointer)
	name := ""
	if named := receiverName(t); named != "" {
		name = named
	}
	pkg := r.lifted()
	fn := r.e.Name("rpcsvc")
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(r %s) %s.Service {\n", fn, recv, pkg)
	fmt.Fprintf(&b, "\treturn %s.Service{Type: %s, Name: %s", pkg, strconv.Quote(reflectName(t)), strconv.Quote(name))
	if isPtr {
		b.WriteString(", Nil: r == nil")
	}
	if len(methods) == 0 && len(suitableMethods(types.NewPointer(t))) > 0 {
		b.WriteString(", PointerMethods: true")
	}
	fmt.Fprintf(&b, ", Methods: []*%s.Method{\n", pkg)
	for _, row := range rows {
		b.WriteString("\t\t" + row + "},\n")
	}
	b.WriteString("\t}}\n}")
	r.e.Append(b.String())
	r.services[key] = fn
	return fn, ""
}

// methodRow writes the Method of m, or returns "" and the type it cannot
// write.
func (r *rpcRewriter) methodRow(m *types.Func, spell func(types.Type) (string, bool)) (string, string) {
	sig := m.Signature()
	argT, replyT := sig.Params().At(0).Type(), sig.Params().At(1).Type()
	argElem, argPtr := argT, false
	if ptr, ok := argT.Underlying().(*types.Pointer); ok {
		argElem, argPtr = ptr.Elem(), true
	}
	replyElem := replyT.Underlying().(*types.Pointer).Elem()
	arg, ok := spell(argElem)
	if !ok {
		return "", types.TypeString(argElem, qualifier(r.p.Types))
	}
	reply, ok := spell(replyElem)
	if !ok {
		return "", types.TypeString(replyElem, qualifier(r.p.Types))
	}
	newReply := fmt.Sprintf("func() any { return new(%s) }", reply)
	switch replyElem.Underlying().(type) {
	case *types.Map:
		newReply = fmt.Sprintf("func() any { _v := new(%s); *_v = make(%s); return _v }", reply, reply)
	case *types.Slice:
		newReply = fmt.Sprintf("func() any { _v := new(%s); *_v = make(%s, 0); return _v }", reply, reply)
	}
	return r.row(m, argT, replyT, newReply, arg, argPtr, reply) + r.rename(argElem), ""
}

// rename writes the field Rename of a Method whose argument is a pointer
// to t, which names the script's types in gob's and encoding/json's
// errors of its decoding as Go names them, or "" where none can be named.
func (r *rpcRewriter) rename(t types.Type) string {
	if r.gob == "" {
		r.gob = gobTable(r.p, r.e)
	}
	err := "err"
	if r.gob != "-" {
		err = r.gob + ".Rename(err, a)"
	}
	if r.show == nil {
		r.show = &shower{p: r.p, f: r.f, e: r.e, descs: map[string]string{}}
	}
	if desc, ok := r.show.desc(types.NewPointer(t)); ok && desc != "nil" {
		err = r.e.Import(lift.Package) + ".JSONError(" + err + ", a, " + desc + ")"
	}
	if err == "err" {
		return ""
	}
	return ", Rename: func(err error, a any) error { return " + err + " }"
}

// row writes the Method literal of m, whose NewReply function is newReply.
func (r *rpcRewriter) row(m *types.Func, argT, replyT types.Type, newReply, arg string, argPtr bool, reply string) string {
	pass := "*_a.(*" + arg + ")"
	if argPtr {
		pass = "_a.(*" + arg + ")"
	}
	return fmt.Sprintf("{Name: %s, Arg: %s, Reply: %s, NewArg: func() any { return new(%s) }, NewReply: %s, Call: func(_a, _b any) error { return r.%s(%s, _b.(*%s)) }",
		strconv.Quote(m.Name()), strconv.Quote(reflectName(argT)), strconv.Quote(reflectName(replyT)), arg, newReply, m.Name(), pass, reply)
}

// receiverName returns the name net/rpc gives the service of a receiver
// of type t: the name of t's type after one pointer, as reflect's Name
// gives it ("" for a type without a name).
func receiverName(t types.Type) string {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		name := reflectName(u)
		if pkg := u.Obj().Pkg(); pkg != nil {
			name = strings.TrimPrefix(name, pkg.Name()+".")
		}
		return name
	case *types.Basic:
		return reflectName(u)
	}
	return ""
}

// suitableMethods returns the methods of t that net/rpc publishes:
// exported, with two parameters, the first of an exported or builtin
// type, the second a pointer to one, and one result, of type error; in
// the order of their names.
func suitableMethods(t types.Type) []*types.Func {
	var out []*types.Func
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		m, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !m.Exported() {
			continue
		}
		sig := m.Signature()
		if sig.Params().Len() != 2 || sig.Results().Len() != 1 {
			continue
		}
		arg, reply := sig.Params().At(0).Type(), sig.Params().At(1).Type()
		if !exportedOrBuiltin(arg) {
			continue
		}
		if _, ok := reply.Underlying().(*types.Pointer); !ok || !exportedOrBuiltin(reply) {
			continue
		}
		if !types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// exportedOrBuiltin reports whether t, after its pointers, is a type
// whose name is exported, or one of no package (a basic type, error, a
// type literal), as net/rpc requires of a method's argument and reply.
func exportedOrBuiltin(t types.Type) bool {
	for {
		ptr, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		if named, isNamed := types.Unalias(t).(*types.Named); isNamed {
			return token.IsExported(named.Obj().Name()) || named.Obj().Pkg() == nil
		}
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return true
	}
	return token.IsExported(named.Obj().Name()) || named.Obj().Pkg() == nil
}

// handlerArgs wraps each argument of call that is an *rpc.Server going to
// a parameter of an interface type with ServeHTTP, http.Handler's method.
func (r *rpcRewriter) handlerArgs(call *ast.CallExpr) {
	t := r.p.Info.TypeOf(call.Fun)
	if t == nil {
		return
	}
	if tv, ok := r.p.Info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			r.handler(call.Args[0], t)
		}
		return
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			if call.Ellipsis.IsValid() {
				continue
			}
			pt = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		case i < sig.Params().Len():
			pt = sig.Params().At(i).Type()
		}
		r.handler(a, pt)
	}
}

// elements wraps the elements and fields of lit that go to an interface
// type with ServeHTTP.
func (r *rpcRewriter) elements(lit *ast.CompositeLit) {
	t := r.p.Info.TypeOf(lit)
	if t == nil {
		return
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	for i, el := range lit.Elts {
		switch u := t.Underlying().(type) {
		case *types.Struct:
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := r.p.Info.Uses[id].(*types.Var); ok {
						r.handler(kv.Value, v.Type())
					}
				}
			} else if i < u.NumFields() {
				r.handler(el, u.Field(i).Type())
			}
		case *types.Slice, *types.Array, *types.Map:
			elem := u.(interface{ Elem() types.Type }).Elem()
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if m, ok := u.(*types.Map); ok {
					r.handler(kv.Key, m.Key())
				}
				r.handler(kv.Value, elem)
			} else {
				r.handler(el, elem)
			}
		}
	}
}

// results wraps the results of a return that go to an interface type
// with ServeHTTP.
func (r *rpcRewriter) results(ret *ast.ReturnStmt, stack []ast.Node) {
	var sig *types.Signature
	for i := len(stack) - 1; i >= 0 && sig == nil; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ = r.p.Info.TypeOf(fn).(*types.Signature)
		case *ast.FuncDecl:
			if obj, ok := r.p.Info.Defs[fn.Name].(*types.Func); ok {
				sig = obj.Signature()
			}
		}
	}
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return
	}
	for i, x := range ret.Results {
		r.handler(x, sig.Results().At(i).Type())
	}
}

// handler wraps x, where it is an *rpc.Server going to an interface type
// with ServeHTTP, in the rpcserve.Server that stands for it, which serves
// the script's services: net/rpc's own ServeHTTP knows none of them.
func (r *rpcRewriter) handler(x ast.Expr, target types.Type) {
	if target == nil || !types.IsInterface(target) {
		return
	}
	t := r.p.Info.TypeOf(x)
	if _, ok := t.(*types.Pointer); !ok || !isRPCServer(t) {
		return
	}
	if obj, _, _ := types.LookupFieldOrMethod(target, false, nil, "ServeHTTP"); obj == nil {
		return
	}
	r.e.Insert(x.Pos(), r.lifted()+".For("+lineDirective(r.p, x.Pos()))
	r.e.InsertFirst(x.End(), ")"+lineDirective(r.p, x.End()))
}

// RPCMethods returns the methods of a receiver of type t that net/rpc
// publishes (see suitableMethods).
func RPCMethods(t types.Type) []*types.Func { return suitableMethods(t) }

// isClient reports whether fn is a method of *rpc.Client.
func isClient(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && isRPCClient(recv.Type())
}

// isRPCClient reports whether t is *rpc.Client or rpc.Client.
func isRPCClient(t types.Type) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/rpc" && named.Obj().Name() == "Client"
}

// clientCall hands the error of a client's Call, whose reply may hold a
// struct type of the script's, to rpcserve.ClientError, which names the
// script's types in gob's error of decoding the reply as Go names them
// (the interpreter's struct types have no name). The reply goes again as
// the decoding's target where reading it twice does nothing (a variable,
// or its address); nil otherwise.
func (r *rpcRewriter) clientCall(call *ast.CallExpr) {
	reply := call.Args[2]
	if !r.scriptStruct(reply) {
		return
	}
	if r.gob == "" {
		r.gob = gobTable(r.p, r.e)
	}
	if r.gob == "-" {
		return
	}
	target := "nil"
	x := reply
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = u.X
	}
	if _, ok := x.(*ast.Ident); ok {
		target = r.e.Text(reply.Pos(), reply.End())
	}
	r.e.Insert(call.Pos(), r.lifted()+".ClientError("+lineDirective(r.p, call.Pos()))
	r.e.InsertFirst(call.End(), ", "+target+", "+r.gob+".Rename)"+lineDirective(r.p, call.End()))
}

// clientGo hands a client's Go call, whose reply may hold a struct type of
// the script's, to rpcserve.ClientGo, whose Call carries the error that
// clientCall's would (rpc.Client's Go sets the Call's Error field, which
// the script reads once Done has it):
//
//	c := client.Go("Arith.Divide", args, &q, nil)   =>   c := _rs1.ClientGo(client, "Arith.Divide", args, &q, nil, _slG1.Rename)
func (r *rpcRewriter) clientGo(sel *ast.SelectorExpr, call *ast.CallExpr) {
	if _, ptr := r.p.Info.TypeOf(sel.X).(*types.Pointer); !ptr || !r.scriptStruct(call.Args[2]) {
		return
	}
	if r.gob == "" {
		r.gob = gobTable(r.p, r.e)
	}
	if r.gob == "-" {
		return
	}
	r.e.Insert(call.Pos(), r.lifted()+".ClientGo("+lineDirective(r.p, call.Pos()))
	r.e.Replace(sel.X.End(), call.Lparen+1, ", "+lineDirective(r.p, call.Lparen+1))
	r.e.InsertFirst(call.Rparen, ", "+r.gob+".Rename"+lineDirective(r.p, call.Rparen))
}

// scriptStruct reports whether the type of reply holds a struct type that
// the package declares, whose name gob's errors spell by its fields.
func (r *rpcRewriter) scriptStruct(reply ast.Expr) bool {
	t := r.p.Info.TypeOf(reply)
	return t != nil && Involves(t, func(t types.Type) bool {
		_, isStruct := t.Underlying().(*types.Struct)
		n, isNamed := types.Unalias(t).(*types.Named)
		return isStruct && isNamed && n.Obj().Pkg() == r.p.Types
	})
}
