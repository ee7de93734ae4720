package rewrite

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter runs a function's deferred calls in a loop that a panic
// of one of them ends: the calls deferred before it never run, and none of
// them can recover it. Go runs every deferred call, with the newest panic
// in flight, and goes on panicking after the last unless one of them
// recovered it. So a function that defers two calls or more, or defers in
// a loop, one of which can panic, gets a frame of its deferred calls
// (lift.Defers), made on entry with a deferred End that raises again, after
// the other calls, the panic none recovered; and each deferred call that
// can panic goes through the frame, which catches its panic:
//
//	func serve(c net.Conn) {     =>   func serve(c net.Conn) { _defers1 := _sl2.NewDefers(); defer _defers1.End();
//		defer c.Close()                    defer _defers1.FuncError(func() error { return c.Close() })()
//		defer func() { ... }()             defer _defers1.Func(func() { ... })()
//		defer show(n)                      defer _defers1.Call(show).(func(n int))(n)
//
// The function value is wrapped where it stands, so the arguments stay
// where the interpreter evaluates them (and where pass savedargs saves
// them); a call whose receiver that pass saves is wrapped by it (see
// frameCall). A recover() in a deferred call takes a panic of an earlier
// one through lift.Recovered, as the recover pass writes it. Each edit is
// on the line of the defer statement or the function's opening brace.

// frames holds, while a file is rewritten, the frame variable of each
// defer statement that goes through one, for pass savedargs (see
// frameCall), and whether that pass wrapped the call itself.
var frames sync.Map // *ast.DeferStmt -> *framedDefer

type framedDefer struct {
	frame   string
	wrapped bool
}

func deferFrames(p *Package, f *ast.File, e *Editor) {
	var framed []*ast.DeferStmt
	ast.Inspect(f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body == nil {
			return true
		}
		defers, inLoop := ownDefers(body)
		if len(defers) < 2 && !inLoop {
			return true
		}
		var risky []*ast.DeferStmt
		for _, d := range defers {
			if deferCanPanic(p, d.Call) {
				risky = append(risky, d)
			}
		}
		if len(risky) == 0 {
			return true
		}
		frame := e.Name("defers")
		e.Insert(body.Lbrace+1, " "+frame+" := "+e.Import(lift.Package)+".NewDefers(); defer "+frame+".End();")
		for _, d := range risky {
			frames.Store(d, &framedDefer{frame: frame})
			framed = append(framed, d)
		}
		return true
	})
	if len(framed) == 0 {
		return
	}
	// The literals' types and the receivers are final once every pass
	// has edited them.
	e.Later(func() {
		for _, d := range framed {
			v, _ := frames.LoadAndDelete(d)
			if fd := v.(*framedDefer); !fd.wrapped {
				wrapDeferred(p, f, e, d, fd.frame)
			}
		}
	})
}

// ownDefers returns the defer statements of a function body, outside the
// function literals it holds, and whether one of them is in a loop.
func ownDefers(body *ast.BlockStmt) (defers []*ast.DeferStmt, inLoop bool) {
	loops := 0
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		var loopBody *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			defers = append(defers, n)
			inLoop = inLoop || loops > 0
		case *ast.ForStmt:
			loopBody = n.Body
		case *ast.RangeStmt:
			loopBody = n.Body
		}
		if loopBody == nil {
			return true
		}
		loops++
		ast.Inspect(loopBody, walk)
		loops--
		return false
	}
	ast.Inspect(body, walk)
	return defers, inLoop
}

// deferCanPanic reports whether a deferred call can panic in a way a
// script could see: every call but of Go's library functions that never
// panic (fmt's printing, see calm), and of the methods that close or
// unlock a value of a concrete type of net, os or sync (an unlock of an
// unlocked mutex is a fatal error, which no deferred call outlives).
func deferCanPanic(p *Package, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	if tv := p.Info.Types[fun]; tv.IsBuiltin() {
		id, _ := fun.(*ast.Ident)
		return id == nil || id.Name == "close" || id.Name == "panic"
	}
	if calmFunc(p, fun) {
		return false
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s := p.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			m := s.Obj()
			rt := recvType(m.(*types.Func))
			if calmMethods[m.Name()] && !types.IsInterface(rt) && m.Pkg() != nil && calmMethodPkgs[m.Pkg().Path()] {
				return false
			}
		}
	}
	return true
}

// calmMethods are methods that never panic on a concrete type of the
// packages calmMethodPkgs, even on a nil pointer (they return an error).
var (
	calmMethods    = map[string]bool{"Close": true, "Unlock": true, "RUnlock": true}
	calmMethodPkgs = map[string]bool{"net": true, "os": true, "sync": true}
)

// wrapDeferred makes the deferred call d go through the frame: its
// function value is handed to the frame's Func, FuncError or Call, which
// returns it guarded, of the same type. A method of Go's library is called
// from a function literal (the interpreter cannot hand a method value of
// Go's library to compiled code), which reads the receiver when it runs, as
// the interpreter's method values and deferred calls do. The builtins
// close and panic have no function value: the frame gets a literal that
// calls them. A function whose type has no name here cannot be asserted
// back: such a call stays as it is, and a panic of its ends the function's
// deferred calls as it always did. A field's function (defer s.onPanic())
// is a value like any other, handed to the frame as it is.
func wrapDeferred(p *Package, f *ast.File, e *Editor, d *ast.DeferStmt, frame string) {
	fun := ast.Unparen(d.Call.Fun)
	tv := p.Info.Types[fun]
	if tv.IsBuiltin() {
		// close(ch) or panic(v), from a literal that takes the argument
		// where the builtin did.
		if len(d.Call.Args) != 1 || d.Call.Ellipsis.IsValid() {
			return
		}
		param := "interface{}"
		if fun.(*ast.Ident).Name == "close" {
			var ok bool
			if param, ok = typeName(p, f, p.Info.TypeOf(d.Call.Args[0]), false); !ok {
				return
			}
		}
		v := e.Name("p")
		e.Replace(fun.Pos(), fun.End(), frame+".Call(func("+v+" "+param+") { "+e.Text(fun.Pos(), fun.End())+"("+v+") }).(func("+param+"))")
		return
	}
	if tv.Type == nil {
		return
	}
	if lifted, ok := liftedDefers.LoadAndDelete(d.Call); ok {
		// Pass logsite made the call one of lift's.
		tv.Type = lifted.(*types.Signature)
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	simple := sig.Params().Len() == 0 && (sig.Results().Len() == 0 ||
		sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), errorType))
	if sel, ok := fun.(*ast.SelectorExpr); ok && p.Info.Selections[sel] != nil && p.Info.Selections[sel].Kind() == types.MethodVal && !declaredFunc(p, sel) {
		switch {
		case simple && sig.Results().Len() == 0:
			e.Insert(fun.Pos(), frame+".Func(func() { ")
			e.Insert(fun.End(), "() })")
		case simple:
			e.Insert(fun.Pos(), frame+".FuncError(func() error { return ")
			e.Insert(fun.End(), "() })")
		default:
			lit, typ, ok := forwarder(p, f, e, sig)
			if !ok {
				return
			}
			e.Insert(fun.Pos(), frame+".Call("+lit[0])
			e.Insert(fun.End(), lit[1]+").("+typ+")")
		}
		return
	}
	if lit, ok := fun.(*ast.FuncLit); ok && e.Edited(lit.Type.Pos(), lit.Type.End()) != e.Text(lit.Type.Pos(), lit.Type.End()) {
		// Pass savedcaptures gave the literal parameters of its own.
		typ := e.Edited(lit.Type.Pos(), lit.Type.End())
		if oneLine(typ) {
			e.Insert(fun.Pos(), frame+".Call(")
			e.Insert(fun.End(), ").("+typ+")")
		}
		return
	}
	switch {
	case simple && sig.Results().Len() == 0:
		e.Insert(fun.Pos(), frame+".Func(")
		e.Insert(fun.End(), ")")
	case simple:
		e.Insert(fun.Pos(), frame+".FuncError(")
		e.Insert(fun.End(), ")")
	default:
		typ, ok := typeName(p, f, types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()), false)
		if !ok {
			return
		}
		e.Insert(fun.Pos(), frame+".Call(")
		e.Insert(fun.End(), ").("+typ+")")
	}
}

// forwarder returns the text before and after a method value x.M that
// makes it a function literal of sig calling x.M with its parameters, and
// the literal's type.
func forwarder(p *Package, f *ast.File, e *Editor, sig *types.Signature) (lit [2]string, typ string, ok bool) {
	var params, names, ptypes []string
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		dots := ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, dots = t.(*types.Slice).Elem(), "..."
		}
		tn, ok := typeName(p, f, t, false)
		if !ok {
			return lit, "", false
		}
		name := e.Name("p")
		params = append(params, name+" "+dots+tn)
		names = append(names, name+dots)
		ptypes = append(ptypes, dots+tn)
	}
	var results []string
	for i := range sig.Results().Len() {
		tn, ok := typeName(p, f, sig.Results().At(i).Type(), false)
		if !ok {
			return lit, "", false
		}
		results = append(results, tn)
	}
	res, ret := "", ""
	if len(results) > 0 {
		res, ret = " ("+strings.Join(results, ", ")+")", "return "
	}
	head := "func(" + strings.Join(params, ", ") + ")" + res
	lit[0] = head + " { " + ret
	lit[1] = "(" + strings.Join(names, ", ") + ") }"
	return lit, "func(" + strings.Join(ptypes, ", ") + ")" + res, true
}

var errorType = types.Universe.Lookup("error").Type()

// frameCall returns lit, a function literal that pass savedargs defers in
// place of the call of d (to save its receiver), made to go through d's
// frame if d has one; params are the types of lit's parameters.
func frameCall(d *ast.DeferStmt, lit string, params []string) string {
	v, ok := frames.Load(d)
	if !ok {
		return lit
	}
	fd := v.(*framedDefer)
	fd.wrapped = true
	return fd.frame + ".Call(" + lit + ").(func(" + strings.Join(params, ", ") + "))"
}
