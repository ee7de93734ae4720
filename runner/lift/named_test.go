package lift

import (
	gotypes "go/types"
	"reflect"
	"testing"
)

// TestNamedPool checks that the pool holds NamedPerType distinct types of
// each type a script may declare a type on, each on that type, under the
// name Named gives it, and each in the symbol table of source that names
// it.
func TestNamedPool(t *testing.T) {
	var wants []string
	for k := gotypes.Bool; k <= gotypes.String; k++ {
		if k == gotypes.UnsafePointer {
			continue
		}
		wants = append(wants, gotypes.Typ[k].Name())
	}
	wants = append(wants, "[]byte")
	if len(namedPool()) != len(wants) {
		t.Errorf("the pool has %d underlying types, want %d", len(namedPool()), len(wants))
	}
	src := "package main; import _sl1 \"socklab/named\"\n"
	for _, under := range wants {
		for i := range NamedPerType {
			name, _ := Named(under, i)
			src += "type T" + name + " = _sl1." + name + "/*line :3:4*/\n"
		}
	}
	syms := NamedSymbols([]byte(src))[NamedPackage+"/lift"]
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

// TestNamedSymbolsOnlyUsed checks that the table holds the types that the
// source names, and no table is made for source that names none.
func TestNamedSymbolsOnlyUsed(t *testing.T) {
	src := []byte("package main; import _sl3 \"socklab/named\"\n\ntype C = _sl3.Float64_2/*line :3:16*/\ntype K = _sl3.Uint8_1\n\nvar Float64_1 int\n")
	syms := NamedSymbols(src)[NamedPackage+"/lift"]
	if len(syms) != 2 || !syms["Float64_2"].IsValid() || !syms["Uint8_1"].IsValid() {
		t.Errorf("the table of %q holds %v, want Float64_2 and Uint8_1", src, syms)
	}
	if tab := NamedSymbols([]byte("package main\n\ntype C float64\n")); tab != nil {
		t.Errorf("a table for source that names no type of the pool: %v", tab)
	}
}
