package lift

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// TestNamedMethodPool checks that the pool with methods holds
// NamedMethodsPerType distinct types of each underlying type the pool
// without methods has, for each set of methods, each with exactly those
// methods, which call what its Methods function set; and that each is in
// the symbol table of source that names it, with its Methods function.
func TestNamedMethodPool(t *testing.T) {
	seen := map[reflect.Type]bool{}
	for _, family := range []string{"String", "Error", "StringError"} {
		for under, plain := range namedPool() {
			for i := range NamedMethodsPerType {
				name, set, ok := NamedMethods(under, family, i)
				if !ok {
					t.Fatalf("the pool has no type %d on %s with %s", i, under, family)
				}
				src := []byte("package main; import _sl1 \"socklab/named\"; var _m = _sl1." + set + "(f)\ntype K = _sl1." + name + "\n")
				syms := NamedSymbols(src)[NamedPackage+"/lift"]
				typ := syms[name].Type().Elem()
				if typ.Name() != name || typ.Kind() != plain[0].Kind() || seen[typ] {
					t.Errorf("%s is a %s, or in the pool twice, not a type of its own on %s", name, typ, under)
				}
				seen[typ] = true
				var fns []reflect.Value
				for _, m := range []string{"String", "Error"} {
					_, has := typ.MethodByName(m)
					if want := family == m || family == "StringError"; has != want {
						t.Errorf("%s has a method %s: %v, want %v", name, m, has, want)
					}
					if has {
						fns = append(fns, reflect.MakeFunc(reflect.FuncOf([]reflect.Type{typ}, []reflect.Type{reflect.TypeFor[string]()}, false), func([]reflect.Value) []reflect.Value {
							return []reflect.Value{reflect.ValueOf(m + " of " + name)}
						}))
					}
				}
				if typ.NumMethod() != len(fns) {
					t.Errorf("%s has %d methods, want %d", name, typ.NumMethod(), len(fns))
				}
				syms[set].Call(fns)
				x := reflect.New(typ).Elem().Interface()
				if s, ok := x.(fmt.Stringer); ok && s.String() != "String of "+name {
					t.Errorf("%s's String returns %q", name, s.String())
				}
				if e, ok := x.(error); ok && e.Error() != "Error of "+name {
					t.Errorf("%s's Error returns %q", name, e.Error())
				}
			}
			if _, _, ok := NamedMethods(under, family, NamedMethodsPerType); ok {
				t.Errorf("the pool has more than %d types on %s with %s", NamedMethodsPerType, under, family)
			}
		}
	}
}

// TestNamedMethodsUnset: a method called before its function was set
// prints the value as its underlying type.
func TestNamedMethodsUnset(t *testing.T) {
	Int64_String4Methods(nil)
	Bytes_Error4Methods(nil)
	if got := Int64_String4(-3).String(); got != "-3" {
		t.Errorf("String of an unset Int64_String4(-3) = %q", got)
	}
	if got := Bytes_Error4("hi").Error(); got != "[104 105]" {
		t.Errorf("Error of an unset Bytes_Error4 = %q", got)
	}
	if !errors.Is(Int_Error4(2), Int_Error4(2)) {
		t.Error("errors.Is does not find an Int_Error4 equal to it")
	}
}
