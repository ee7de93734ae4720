package script

import (
	"io"
	"log"
	"maps"
	"os"
	pathpkg "path"
	"reflect"

	"github.com/socklab/socklab/runner/allow"
	"github.com/socklab/socklab/stdlib"
	ystdlib "github.com/traefik/yaegi/stdlib"
)

type exports = map[string]map[string]reflect.Value

// Extra holds symbol tables that programs embedding the runner add (see
// runner.Register); they load after socklab's own helpers.
var Extra = exports{}

// flags returns what o lifts, as the allowlist sees it.
func flags(o Options) allow.Flags {
	return allow.Flags{Files: o.AllowFiles, Net: o.AllowNet, Exec: o.AllowExec, Unsafe: o.AllowUnsafe}
}

// allowedTables returns the symbol tables a script with these imports
// gets: of the packages the allowlist covers, what it lets the script
// reach under o's flags (with math/rand seeded if asked), then the tables
// that programs embedding the runner add.
func allowedTables(o Options, imports []string) []exports {
	want := wanted(imports)
	var tables []exports
	for _, t := range allow.Tables() {
		tables = append(tables, allow.Apply(t, flags(o), want))
	}
	if o.Seed != nil {
		seeded(tables[0], *o.Seed)
	}
	return append(tables, Extra)
}

// wanted says which packages to load for a script with these imports: the
// ones it imports (and the interpreter's own "." table), or every one if
// it imports a generic package (see packagesFor).
func wanted(imports []string) func(pkg string) bool {
	want := map[string]bool{".": true}
	for _, p := range imports {
		if genericPackages[p] {
			return nil
		}
		want[p] = true
	}
	return func(pkg string) bool { return want[pkg] }
}

// lateSymbols are loaded after the standard library, whose loading rewrites
// log and os.Exit to panic in restricted mode. A script has a process of its
// own, so a real exit is what it should get.
func lateSymbols(logOut io.Writer) exports {
	l := log.New(logOut, "", log.LstdFlags)
	return exports{
		"os/os": {"Exit": reflect.ValueOf(os.Exit)},
		"log/log": {
			"Default": reflect.ValueOf(func() *log.Logger { return l }),
			"New":     reflect.ValueOf(log.New),
			"Logger":  reflect.ValueOf((*log.Logger)(nil)),
			"Fatal":   reflect.ValueOf(l.Fatal), "Fatalf": reflect.ValueOf(l.Fatalf), "Fatalln": reflect.ValueOf(l.Fatalln),
			"Panic": reflect.ValueOf(l.Panic), "Panicf": reflect.ValueOf(l.Panicf), "Panicln": reflect.ValueOf(l.Panicln),
			"Print": reflect.ValueOf(l.Print), "Printf": reflect.ValueOf(l.Printf), "Println": reflect.ValueOf(l.Println),
			"Flags": reflect.ValueOf(l.Flags), "SetFlags": reflect.ValueOf(l.SetFlags),
			"Prefix": reflect.ValueOf(l.Prefix), "SetPrefix": reflect.ValueOf(l.SetPrefix),
			"Output": reflect.ValueOf(l.Output), "Writer": reflect.ValueOf(l.Writer), "SetOutput": reflect.ValueOf(l.SetOutput),
		},
	}
}

// known reports whether a script may import path.
func known(path string) bool {
	_, ok := tableName(path)
	return ok
}

// packageNameOf returns the name of the package with this import path.
func packageNameOf(path string) string {
	if name, ok := tableName(path); ok {
		return name
	}
	return packageName(path)
}

// tableName returns the name of the compiled package with this import path
// as its symbol table gives it, and whether there is one.
func tableName(path string) (string, bool) {
	for _, tables := range []exports{ystdlib.Symbols, stdlib.Symbols, Extra} {
		for key := range tables {
			if pathpkg.Dir(key) == path {
				return pathpkg.Base(key), true
			}
		}
	}
	return "", false
}

// genericPackages have parts written in Go source that the interpreter
// compiles when it loads the standard library's "fmt/fmt" table: a few
// milliseconds that a script importing none of them need not wait.
var genericPackages = map[string]bool{"slices": true, "maps": true, "cmp": true, "sync": true, "sync/atomic": true}

// packagesFor returns the tables to load for a script with these imports.
// Most scripts get only the packages they import, merged across tables
// (later tables override earlier ones symbol by symbol), which keeps
// start-up short. A script importing a generic package gets every table,
// since the compiled generic sources import packages of their own.
func packagesFor(imports []string, tables []exports) []exports {
	for _, p := range imports {
		if genericPackages[p] {
			return tables
		}
	}
	want := map[string]bool{}
	for _, p := range imports {
		want[p] = true
	}
	picked := exports{}
	for _, t := range tables {
		for key, syms := range t {
			if !want[pathpkg.Dir(key)] {
				continue
			}
			if picked[key] == nil {
				picked[key] = map[string]reflect.Value{}
			}
			maps.Copy(picked[key], syms)
		}
	}
	// Loading "fmt/fmt" under its own key also compiles the generic sources;
	// "fmt/./fmt" names the same package (import path "fmt") without that.
	if fm, ok := picked["fmt/fmt"]; ok {
		delete(picked, "fmt/fmt")
		picked["fmt/./fmt"] = fm
	}
	return []exports{picked}
}
