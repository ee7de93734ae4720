package rewrite

import (
	"go/ast"
	"go/types"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// A value of a type the script declares with a LogValue() slog.Value
// method is logged by Go as what LogValue returns, which a handler asks
// for; the interpreter hands compiled slog the value without the script's
// methods, so slog printed its fields. This pass hands slog's logging
// functions and *slog.Logger's methods (Info, Log, With, ...) the value's
// method instead, taken where the value is handed over, as Go copies the
// value there:
//
//	log.Info("accepted", "peer", p)   =>   log.Info("accepted", "peer", lift.LogValuer((p).LogValue))
//
// A handler of slog's own resolves the value (it calls LogValue) before it
// formats it, or hands it to ReplaceAttr, so the stand-in is never seen.
// runner/refuse refuses such a value where slog keeps it for the script to
// see again (slog.Any, slog.AnyValue, slog.Group, Record.Add), spread from
// a slice, held in an interface, handed to one of these functions taken as
// a value, and everywhere in a package that declares a handler of its own,
// which would see the stand-in in each record.

func logValuers(p *Package, f *ast.File, e *Editor) {
	valuer := LiftedLogValuer(p.Types, p.Info)
	if valuer == nil {
		return
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || !LogValuerCall(p.Info, call) {
			return true
		}
		sig, ok := p.Info.TypeOf(call.Fun).(*types.Signature)
		if !ok || !sig.Variadic() {
			return true
		}
		for _, a := range call.Args[sig.Params().Len()-1:] {
			t := p.Info.TypeOf(a)
			if t == nil || !DeclaresLogValue(p.Types, t, valuer) {
				continue
			}
			e.Insert(a.Pos(), e.Import(lift.Package)+".LogValuer(("+lineDirective(p, a.Pos()))
			e.Insert(a.End(), ").LogValue)"+lineDirective(p, a.End()))
		}
		return true
	})
}

// logValuerCalls are slog's functions, and *slog.Logger's methods, whose
// arguments after the message go to a handler, which resolves them, and
// never back to the script: a LogValuer stands in for the script's value
// there unseen.
var logValuerCalls = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true,
		"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
		"With": true,
	}
})

// LogValuerCall reports whether call calls one of slog's functions or
// *slog.Logger's methods whose arguments pass logvaluer hands a value's
// LogValue method.
func LogValuerCall(info *types.Info, call *ast.CallExpr) bool {
	var id *ast.Ident
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		id = fn.Sel
	case *ast.Ident:
		id = fn
	default:
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || !logValuerCalls()[fn.Name()] {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	ptr, ok := recv.Type().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Name() == "Logger"
}

// LiftedLogValuer returns slog.LogValuer where pass logvaluer hands slog
// the LogValue methods of pkg's values: where pkg imports log/slog and
// declares no type that is a slog.Handler. It returns nil otherwise.
func LiftedLogValuer(pkg *types.Package, info *types.Info) *types.Interface {
	valuer, handler := SlogLogValuer(pkg), slogInterface(pkg, "Handler")
	if valuer == nil || handler == nil {
		return nil
	}
	for _, obj := range info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() != pkg || types.IsInterface(tn.Type()) {
			continue
		}
		if types.Implements(tn.Type(), handler) || types.Implements(types.NewPointer(tn.Type()), handler) {
			return nil
		}
	}
	return valuer
}

// SlogLogValuer returns slog.LogValuer where pkg imports log/slog, nil
// otherwise.
func SlogLogValuer(pkg *types.Package) *types.Interface { return slogInterface(pkg, "LogValuer") }

// slogInterface returns the interface type name of log/slog where pkg
// imports it, nil otherwise.
func slogInterface(pkg *types.Package, name string) *types.Interface {
	for _, imp := range pkg.Imports() {
		if imp.Path() != "log/slog" {
			continue
		}
		if tn, ok := imp.Scope().Lookup(name).(*types.TypeName); ok {
			iface, _ := tn.Type().Underlying().(*types.Interface)
			return iface
		}
	}
	return nil
}

// DeclaresLogValue reports whether t, or what it points to, is a type pkg
// declares, and t implements slog.LogValuer.
func DeclaresLogValue(pkg *types.Package, t types.Type, valuer *types.Interface) bool {
	if types.IsInterface(t) || !types.Implements(t, valuer) {
		return false
	}
	base := types.Unalias(t)
	if ptr, ok := base.(*types.Pointer); ok {
		base = types.Unalias(ptr.Elem())
	}
	named, ok := base.(*types.Named)
	return ok && named.Obj().Pkg() == pkg
}
