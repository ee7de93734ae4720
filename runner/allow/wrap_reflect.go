package allow

import (
	"fmt"
	pathpkg "path"
	"reflect"
	"sync"
)

// reflectWrappers returns reflect's constructors as a script run with f
// gets them: each refuses a type that holds, however deep, one of the
// types whose construction the audit gates (constructGated), so that a
// script that found the type of Go's own http.Transport or net.Dialer
// through an unexported field cannot build one around the gates.
func reflectWrappers(f Flags) map[string]reflect.Value {
	g := lazyGate(f)
	one := func(op string) func(reflect.Type) {
		return func(t reflect.Type) { g.check(op, t) }
	}
	newOf, zero, ptr := one("New"), one("Zero"), one("PointerTo")
	return map[string]reflect.Value{
		"New":  reflect.ValueOf(func(t reflect.Type) reflect.Value { newOf(t); return reflect.New(t) }),
		"Zero": reflect.ValueOf(func(t reflect.Type) reflect.Value { zero(t); return reflect.Zero(t) }),
		"MakeSlice": reflect.ValueOf(func(t reflect.Type, n, c int) reflect.Value {
			g.check("MakeSlice", t)
			return reflect.MakeSlice(t, n, c)
		}),
		"MakeMap": reflect.ValueOf(func(t reflect.Type) reflect.Value {
			g.check("MakeMap", t)
			return reflect.MakeMap(t)
		}),
		"MakeMapWithSize": reflect.ValueOf(func(t reflect.Type, n int) reflect.Value {
			g.check("MakeMapWithSize", t)
			return reflect.MakeMapWithSize(t, n)
		}),
		"MakeChan": reflect.ValueOf(func(t reflect.Type, n int) reflect.Value {
			g.check("MakeChan", t)
			return reflect.MakeChan(t, n)
		}),
		"MakeFunc": reflect.ValueOf(func(t reflect.Type, fn func([]reflect.Value) []reflect.Value) reflect.Value {
			g.check("MakeFunc", t)
			return reflect.MakeFunc(t, fn)
		}),
		"ArrayOf": reflect.ValueOf(func(n int, t reflect.Type) reflect.Type {
			g.check("ArrayOf", t)
			return reflect.ArrayOf(n, t)
		}),
		"SliceOf": reflect.ValueOf(func(t reflect.Type) reflect.Type { g.check("SliceOf", t); return reflect.SliceOf(t) }),
		"ChanOf": reflect.ValueOf(func(d reflect.ChanDir, t reflect.Type) reflect.Type {
			g.check("ChanOf", t)
			return reflect.ChanOf(d, t)
		}),
		"MapOf": reflect.ValueOf(func(k, v reflect.Type) reflect.Type {
			g.check("MapOf", k)
			g.check("MapOf", v)
			return reflect.MapOf(k, v)
		}),
		"FuncOf": reflect.ValueOf(func(in, out []reflect.Type, variadic bool) reflect.Type {
			for _, t := range append(append([]reflect.Type{}, in...), out...) {
				g.check("FuncOf", t)
			}
			return reflect.FuncOf(in, out, variadic)
		}),
		"StructOf": reflect.ValueOf(func(fields []reflect.StructField) reflect.Type {
			for _, f := range fields {
				g.check("StructOf", f.Type)
			}
			return reflect.StructOf(fields)
		}),
		"PointerTo": reflect.ValueOf(func(t reflect.Type) reflect.Type { ptr(t); return reflect.PointerTo(t) }),
		"PtrTo":     reflect.ValueOf(func(t reflect.Type) reflect.Type { ptr(t); return reflect.PointerTo(t) }),
	}
}

// A gatedType is a type of Go's library whose values a script may not
// build through reflect: the original of a type socklab replaces with a
// gated one, or a refused type with a method not refused by name. The
// list (constructGated, in audit_index.go) is generated from the audit.
type gatedType struct {
	pkg, name string
	Verdict
}

// reflectGate refuses, for a run with some flags, the types that hold a
// gated type those flags do not lift.
type reflectGate struct {
	gated map[reflect.Type]gatedType
	seen  sync.Map // reflect.Type -> *gatedType (nil: holds none)
}

var (
	gatesMu sync.Mutex
	gates   = map[Flags]*reflectGate{}
)

// gateFor returns the gate of a run with f, built on first use.
// lazyGate is the gate of a script run with its flags, built when the
// script first asks reflect to construct a type: building it reads the
// tables of the packages whose types it gates, which most scripts never
// import.
type lazyGate Flags

func (l lazyGate) check(op string, t reflect.Type) { gateFor(Flags(l)).check(op, t) }

func gateFor(f Flags) *reflectGate {
	gatesMu.Lock()
	defer gatesMu.Unlock()
	if g := gates[f]; g != nil {
		return g
	}
	g := &reflectGate{gated: map[reflect.Type]gatedType{}}
	for t, gt := range constructGatedTypes() {
		lifted := gt.Flag != NoFlag && f.Has(gt.Flag)
		if !lifted {
			g.gated[t] = gt
		}
	}
	gates[f] = g
	return g
}

// constructGatedTypes maps each type of constructGated to its entry, the
// type taken from the interpreter's tables (Go's original). Interfaces are
// left out: their zero value holds nothing.
func constructGatedTypes() map[reflect.Type]gatedType {
	want := map[string]bool{}
	for _, gt := range constructGated {
		want[gt.pkg] = true
	}
	byPkg := map[string]map[string]reflect.Value{}
	for _, tab := range TablesFor(func(pkg string) bool { return want[pkg] }) {
		for key, syms := range tab {
			pkg := pathpkg.Dir(key)
			if !want[pkg] {
				continue
			}
			if byPkg[pkg] == nil {
				byPkg[pkg] = map[string]reflect.Value{}
			}
			for n, v := range syms {
				byPkg[pkg][n] = v
			}
		}
	}
	out := map[reflect.Type]gatedType{}
	for _, gt := range constructGated {
		v, ok := byPkg[gt.pkg][gt.name]
		if !ok || v.Kind() != reflect.Pointer {
			continue
		}
		if t := v.Type().Elem(); t.Kind() != reflect.Interface {
			out[t] = gt
		}
	}
	return out
}

// check panics, as reflect does with a type it cannot use, when t holds a
// gated type: as itself, an element, a key, a field (unexported ones too),
// or a parameter or result of a function type.
func (g *reflectGate) check(op string, t reflect.Type) {
	if t == nil {
		return
	}
	if gt := g.holds(t, map[reflect.Type]bool{}); gt != nil {
		what := "Go's own " + qualified(gt.pkg, gt.name)
		if t.String() != qualified(gt.pkg, gt.name) {
			what += " (in " + t.String() + ")"
		}
		msg := fmt.Sprintf("reflect.%s of %s is not allowed in socklab scripts", op, what)
		switch gt.Class {
		case Wrapped:
			msg += ": a script gets socklab's instead, " + gt.Why
		default:
			if gt.Why != "" {
				msg += ": " + gt.Why
			}
			if gt.Flag != NoFlag {
				msg += fmt.Sprintf(" (run with %s to allow it)", gt.Flag)
			}
		}
		panic(msg)
	}
}

// holds returns the gated type t holds, or nil; visiting stops cycles.
func (g *reflectGate) holds(t reflect.Type, visiting map[reflect.Type]bool) *gatedType {
	if v, ok := g.seen.Load(t); ok {
		return v.(*gatedType)
	}
	if visiting[t] {
		return nil
	}
	visiting[t] = true
	var found *gatedType
	if gt, ok := g.gated[t]; ok {
		found = &gt
	}
	look := func(ts ...reflect.Type) {
		for _, u := range ts {
			if found == nil {
				found = g.holds(u, visiting)
			}
		}
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		look(t.Elem())
	case reflect.Map:
		look(t.Key(), t.Elem())
	case reflect.Func:
		for i := 0; i < t.NumIn(); i++ {
			look(t.In(i))
		}
		for i := 0; i < t.NumOut(); i++ {
			look(t.Out(i))
		}
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			look(t.Field(i).Type)
		}
	}
	delete(visiting, t)
	if found != nil || len(visiting) == 0 {
		// A type found clean while an enclosing one was still being
		// visited may have been cut short by the cycle: remember only
		// complete answers.
		g.seen.Store(t, found)
	}
	return found
}
