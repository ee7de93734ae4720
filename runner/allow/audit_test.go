package allow

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestAuditIsFresh fails when audit.txt is not what the rules make of the
// symbol tables: a new Go release, a new interpreter version or a changed
// rule. Run `go generate ./runner/allow` and review the diff.
func TestAuditIsFresh(t *testing.T) {
	entries := Build(Tables())
	want := Format(entries)
	got, err := os.ReadFile("audit.txt")
	if err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile("audit_index.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(index) != FormatIndex(want, entries) {
		t.Errorf("audit_index.go is stale: run go generate ./runner/allow")
	}
	if string(got) != want {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(want, "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("audit.txt is stale (run go generate ./runner/allow and review the diff); first difference at line %d:\n have %q\n want %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("audit.txt is stale (run go generate ./runner/allow): %d lines, want %d", len(gl), len(wl))
	}
}

// TestEverySymbolIsClassified fails for each symbol no rule classifies.
func TestEverySymbolIsClassified(t *testing.T) {
	n := 0
	for _, e := range Build(Tables()) {
		if e.Class == Unclassified {
			t.Errorf("%s.%s (%s) is not classified: add a rule in rules*.go", e.Pkg, e.Name, e.Kind)
		}
		n++
	}
	t.Logf("%d symbols classified", n)
}

// TestRulesNameRealSymbols fails for a rule about a symbol no table has,
// which would classify nothing (a typo, or a symbol Go removed).
func TestRulesNameRealSymbols(t *testing.T) {
	have := map[string]bool{}
	for _, e := range Build(Tables()) {
		have[e.Pkg+"."+e.Name] = true
	}
	for pkg, r := range rules() {
		for name := range r.syms {
			if !have[pkg+"."+name] {
				t.Errorf("rule for %s.%s: no such symbol", pkg, name)
			}
		}
	}
}

// TestWrappedHaveWrappers fails for a symbol the audit calls wrapped that
// reaches the script as Go's original, and for a wrapper the audit does
// not call wrapped.
func TestWrappedHaveWrappers(t *testing.T) {
	w := wrappers()
	for _, e := range Build(Tables()) {
		if e.Class != Wrapped || e.Kind == "method" {
			continue
		}
		if _, ok := w[e.Pkg][e.Name]; !ok && !routed[e.Pkg+"."+e.Name] {
			t.Errorf("%s.%s is classified wrapped but has no wrapper", e.Pkg, e.Name)
		}
	}
	for pkg, m := range w {
		for name, v := range m {
			if got := Lookup(pkg, name); got.Class != Wrapped {
				t.Errorf("wrapper for %s.%s, which the audit calls %v", pkg, name, got.Class)
			}
			if orig := original(pkg, name); orig.IsValid() && kindOf(name, orig) != "type" && kindOf(name, orig) != "var" && orig.Type().String() != v.Type().String() { // socklab's gated types print as Go's
				t.Errorf("wrapper for %s.%s has type %v, Go's has %v", pkg, name, v.Type(), orig.Type())
			}
		}
	}
}

// TestGatedTypesKeepGoMethods fails when a type socklab offers in place of
// Go's lacks a method of Go's: a script would not build where Go's does.
func TestGatedTypesKeepGoMethods(t *testing.T) {
	for key, g := range gatedTypes() {
		i := strings.LastIndex(key, ".")
		orig := original(key[:i], key[i+1:])
		if !orig.IsValid() {
			t.Errorf("%s: no such type in the tables", key)
			continue
		}
		ot, gt := orig.Type(), g.Type()
		if ot.Elem().Kind() != gt.Elem().Kind() || ot.Elem().Kind() == reflect.Struct && !ot.Elem().ConvertibleTo(gt.Elem()) {
			t.Errorf("%s: socklab's type is not convertible to Go's", key)
		}
		for _, m := range methods(ot.Elem()) {
			if _, ok := gt.MethodByName(m); !ok {
				t.Errorf("%s: socklab's type lacks Go's method %s", key, m)
			}
		}
	}
}

func original(pkg, name string) reflect.Value {
	for _, tab := range Tables() {
		for key, m := range tab {
			if strings.HasPrefix(key, pkg+"/") && !strings.Contains(key[len(pkg)+1:], "/") {
				if v, ok := m[name]; ok {
					return v
				}
			}
		}
	}
	return reflect.Value{}
}
