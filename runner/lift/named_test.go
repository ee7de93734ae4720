package lift

import (
	gotypes "go/types"
	"reflect"
	"testing"
)

// TestNamedPool checks that the pool holds NamedPerType distinct types of
// each type a script may declare a type on, each on that type, under the
// name Named gives it, and each in the symbol table.
func TestNamedPool(t *testing.T) {
	var wants []string
	for k := gotypes.Bool; k <= gotypes.String; k++ {
		if k == gotypes.UnsafePointer {
			continue
		}
		wants = append(wants, gotypes.Typ[k].Name())
	}
	wants = append(wants, "[]byte")
	if len(namedPool) != len(wants) {
		t.Errorf("the pool has %d underlying types, want %d", len(namedPool), len(wants))
	}
	syms := Symbols()[Package+"/lift"]
	seen := map[reflect.Type]bool{}
	for _, under := range wants {
		for i := range NamedPerType {
			name, ok := Named(under, i)
			if !ok {
				t.Fatalf("the pool has no type %d on %s", i, under)
			}
			v, ok := syms[name]
			if !ok {
				t.Fatalf("%s is not in the symbol table", name)
			}
			typ := v.Type().Elem()
			if typ.Name() != name || typ.Kind() == reflect.Slice && typ.Elem() != reflect.TypeFor[byte]() || typ.Kind() != reflect.Slice && typ.Kind().String() != under {
				t.Errorf("%s is a %s, not a type on %s", name, typ, under)
			}
			if seen[typ] {
				t.Errorf("%s is in the pool twice", typ)
			}
			seen[typ] = true
		}
		if _, ok := Named(under, NamedPerType); ok {
			t.Errorf("the pool has more than %d types on %s", NamedPerType, under)
		}
	}
}
