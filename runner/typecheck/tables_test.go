package typecheck

import (
	"go/token"
	"go/types"
	"runtime"
	"testing"

	"github.com/socklab/socklab/runner/gostd"
)

// TestTablesHoldTheLibrary fails for each exported name of a package of
// Go's library that a script may import, as the toolchain built it, that
// the interpreter's table of the package (runner/gostd) lacks, though the
// table could hold it: every name but generic functions and types, and the
// interfaces that only constrain type parameters. syscall's table keeps
// the interpreter's names (see symgen.GoStdTables).
func TestTablesHoldTheLibrary(t *testing.T) {
	if runtime.GOOS+"/"+runtime.GOARCH != "linux/amd64" {
		t.Skip("the tables are generated for linux/amd64")
	}
	tables := gostd.Symbols(nil)
	imp := &storedImporter{fset: token.NewFileSet(), pkgs: map[string]*types.Package{}}
	n := 0
	for _, path := range gostd.Packages() {
		if path == "syscall" {
			continue
		}
		key, _ := gostd.Key(path)
		pkg, err := imp.Import(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if !obj.Exported() || !tableCanHold(obj) {
				continue
			}
			n++
			if _, ok := tables[key][name]; !ok {
				t.Errorf("%s.%s is not in the table of %s: run go generate ./runner/gostd", path, name, path)
			}
		}
	}
	t.Logf("%d names of %d packages", n, len(tables)-1)
}

// tableCanHold reports whether the interpreter's extractor writes obj into
// a table: what is not generic, and no interface that embeds others and
// declares no method, which only constrains type parameters.
func tableCanHold(obj types.Object) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Type().(*types.Signature).TypeParams().Len() == 0
	case *types.TypeName:
		if n, ok := obj.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			return false
		}
		if i, ok := obj.Type().Underlying().(*types.Interface); ok && i.NumMethods() == 0 && i.NumEmbeddeds() != 0 {
			return false
		}
	}
	return true
}
