package allow

import (
	"reflect"
	"strings"
	"testing"
)

// reachExceptions are refused types a script can hold a value of, with why
// that is safe: their refused methods are refused one by one, by name,
// before the script runs.
var reachExceptions = map[string]string{
	"net.Resolver":    "the field Resolver of net.Dialer: a nil *Resolver, whose lookups are refused by name",
	"syscall.RawConn": "the argument of a Control function and the result of SyscallConn: it yields a descriptor number, which no allowed function turns into a file or a socket",
	"net/http.Server": "the first argument of a function in Server.TLSNextProto: a script names socklab's http.Server, so it cannot write a function of that type; and httptest.Server's Config, whose ListenAndServe and ListenAndServeTLS CheckTypes refuses, with every use of the field but its own fields and other methods (reflection reaches its value only as an interface, which asserts to no interface the script declares nor to socklab's http.Server)",
}

// TestRefusedTypesAreUnreachable follows every type a script run with no
// flag can reach from the symbols it may use (results, parameters of the
// functions it passes, fields, elements, methods) and fails for each
// refused type, and each of Go's types that socklab replaces, that it
// finds: a value of one would carry methods that go around a gate.
func TestRefusedTypesAreUnreachable(t *testing.T) {
	forbidden := map[reflect.Type]string{}
	gated := gatedTypes()
	var roots []reflect.Type
	from := map[reflect.Type]string{}
	for _, e := range Build(Tables()) {
		if e.Kind == "method" || e.Kind == "wrapper" {
			continue
		}
		v := original(e.Pkg, e.Name)
		if !v.IsValid() {
			continue
		}
		if e.Kind == "type" {
			typ := v.Type().Elem()
			if e.Class == Refused || gated[e.Pkg+"."+e.Name].IsValid() {
				forbidden[typ] = e.Pkg + "." + e.Name
			}
		}
		if e.Class == Refused {
			continue
		}
		if w, ok := wrappers()[e.Pkg][e.Name]; ok {
			v = w
		}
		typ := v.Type()
		if e.Kind == "type" {
			typ = typ.Elem()
		}
		if _, seen := from[typ]; !seen {
			from[typ] = e.Pkg + "." + e.Name
			roots = append(roots, typ)
		}
	}
	// A method of a refused or replaced type, or one refused by name, leads nowhere.
	skipMethod := func(typ reflect.Type, name string) bool {
		if _, bad := forbidden[typ]; bad {
			return true
		}
		_, byName := refusedByName[name]
		return byName
	}
	queue := roots
	for len(queue) > 0 {
		typ := queue[0]
		queue = queue[1:]
		next := func(n reflect.Type, how string) {
			if _, seen := from[n]; !seen {
				from[n] = from[typ] + how
				queue = append(queue, n)
			}
		}
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			next(typ.Elem(), "[elem]")
		case reflect.Map:
			next(typ.Key(), "[key]")
			next(typ.Elem(), "[elem]")
		case reflect.Func:
			for i := 0; i < typ.NumIn(); i++ {
				next(typ.In(i), "(in)")
			}
			for i := 0; i < typ.NumOut(); i++ {
				next(typ.Out(i), "(out)")
			}
		case reflect.Struct:
			for i := 0; i < typ.NumField(); i++ {
				if f := typ.Field(i); f.IsExported() {
					next(f.Type, "."+f.Name)
				}
			}
		}
		if typ.Kind() == reflect.Interface {
			for i := 0; i < typ.NumMethod(); i++ {
				if m := typ.Method(i); m.IsExported() && !skipMethod(typ, m.Name) {
					next(m.Type, "."+m.Name)
				}
			}
			continue
		}
		for _, mt := range []reflect.Type{typ, reflect.PointerTo(typ)} {
			if typ.Kind() == reflect.Pointer {
				continue
			}
			for i := 0; i < mt.NumMethod(); i++ {
				m := mt.Method(i)
				if !m.IsExported() || skipMethod(typ, m.Name) {
					continue
				}
				next(m.Type, "."+m.Name)
			}
		}
	}
	for typ, name := range forbidden {
		if path, reached := from[typ]; reached {
			if why, ok := reachExceptions[name]; ok && why != "" {
				continue
			}
			t.Errorf("%s is reachable with no flag: %s", name, strings.TrimSpace(path))
		}
	}
}
