package script

import (
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	pathpkg "path"
	"reflect"
	"slices"

	"github.com/socklab/socklab/runner/allow"
	"github.com/socklab/socklab/runner/gostd"
	"github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/stdlib"
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
	tables := permittedTables(o, imports)
	seedTables(o, tables)
	return tables
}

// permittedTables is allowedTables without the seed, which seedTables
// puts in: seeding sets the process's GODEBUG, which the interpreter's
// environment must not see when it is made after the tables.
func permittedTables(o Options, imports []string) []exports {
	want := wanted(imports)
	var tables []exports
	for _, t := range allow.TablesFor(want) {
		tables = append(tables, allow.Apply(t, flags(o), want))
	}
	return append(tables, Extra)
}

// seedTables gives the tables of permittedTables the seed of o, if any.
func seedTables(o Options, tables []exports) {
	if o.Seed != nil {
		seeded(tables[0], *o.Seed)
	}
}

// wanted says which packages to load for a script with these imports: the
// ones it imports, and the interpreter's own "." table.
func wanted(imports []string) func(pkg string) bool {
	want := map[string]bool{".": true}
	for _, p := range imports {
		want[p] = true
	}
	return func(pkg string) bool { return want[pkg] }
}

// lateSymbols are loaded after the standard library, whose loading rewrites
// log and os.Exit to panic in restricted mode. A script has a process of its
// own, so a real exit is what it should get.
func lateSymbols(logOut io.Writer) exports {
	// The script's std logger is the process's own, as slog's default
	// handler, slog.SetDefault and the library's own logs (net/http's
	// errors) use it.
	l := log.Default()
	l.SetOutput(logOut)
	l.SetFlags(log.LstdFlags)
	l.SetPrefix("")
	logSyms := map[string]reflect.Value{
		"Default": reflect.ValueOf(func() *log.Logger { return l }),
		"New":     reflect.ValueOf(log.New),
		"Logger":  reflect.ValueOf((*log.Logger)(nil)),
		"Flags":   reflect.ValueOf(l.Flags), "SetFlags": reflect.ValueOf(l.SetFlags),
		"Prefix": reflect.ValueOf(l.Prefix), "SetPrefix": reflect.ValueOf(l.SetPrefix),
		"Output": reflect.ValueOf(l.Output), "Writer": reflect.ValueOf(l.Writer), "SetOutput": reflect.ValueOf(l.SetOutput),
	}
	// The printing functions look for String and Error methods in their
	// arguments as fmt's do: the interpreter learns that from MapTypes,
	// keyed by the function value the script calls.
	mapTypes := map[reflect.Value][]reflect.Type{}
	std := gostd.MapTypes()
	for name, fn := range map[string][2]any{
		"Fatal": {l.Fatal, log.Fatal}, "Fatalf": {l.Fatalf, log.Fatalf}, "Fatalln": {l.Fatalln, log.Fatalln},
		"Panic": {l.Panic, log.Panic}, "Panicf": {l.Panicf, log.Panicf}, "Panicln": {l.Panicln, log.Panicln},
		"Print": {l.Print, log.Print}, "Printf": {l.Printf, log.Printf}, "Println": {l.Println, log.Println},
	} {
		v := reflect.ValueOf(fn[0])
		logSyms[name] = v
		mapTypes[v] = std[reflect.ValueOf(fn[1])]
		if mapTypes[v] == nil {
			mapTypes[v] = std[reflect.ValueOf(fmt.Print)]
		}
		mapTypes[v] = errorFirst(mapTypes[v])
	}
	// So do the lifted calls of them (see lift.LogPrint).
	for name, v := range lift.LogSites() {
		mapTypes[v] = mapTypes[logSyms[name]]
	}
	join := reflect.ValueOf(lift.ErrorsJoin)
	mapTypes[join] = []reflect.Type{errorType}
	// A variadic parameter of an interface type: the interpreter wraps a
	// script's value for the slice type, which it is not, so reflect
	// refused the call ("cannot use *struct {...} as type io.Writer").
	mapTypes[reflect.ValueOf(io.MultiReader)] = []reflect.Type{reflect.TypeFor[io.Reader]()}
	mapTypes[reflect.ValueOf(io.MultiWriter)] = []reflect.Type{reflect.TypeFor[io.Writer]()}
	return exports{
		".":       {"MapTypes": reflect.ValueOf(mapTypes)},
		"os/os":   {"Exit": reflect.ValueOf(os.Exit)},
		"log/log": logSyms,
		// errors.As finds errors of the types a script declares too.
		"errors/errors": {"As": reflect.ValueOf(lift.ErrorsAs), "Join": join},
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
	if key, ok := gostd.Key(path); ok {
		return pathpkg.Base(key), true
	}
	if path == "unsafe" {
		return "unsafe", true // yaegi's table (see allow.Tables)
	}
	for _, tables := range []exports{stdlib.Symbols, Extra} {
		for key := range tables {
			if pathpkg.Dir(key) == path {
				return pathpkg.Base(key), true
			}
		}
	}
	return "", false
}

// packagesFor returns the tables to load for a script with these imports:
// the packages it imports, merged across tables (later tables override
// earlier ones symbol by symbol), which keeps start-up short. The generic
// parts of cmp, maps and slices are compiled apart (see compileGeneric).
func packagesFor(imports []string, tables []exports) []exports {
	want := map[string]bool{}
	for _, p := range imports {
		want[p] = true
	}
	picked := exports{}
	merged := map[string]bool{} // the keys whose table is picked's own
	for _, t := range tables {
		for key, syms := range t {
			if key == "." {
				picked[key] = mergeMapTypes(picked[key], syms)
				continue
			}
			if !want[pathpkg.Dir(key)] {
				continue
			}
			// A package in one table is loaded from that table, which the
			// interpreter copies; only one in two is merged into a copy.
			if picked[key] == nil {
				picked[key] = syms
				continue
			}
			if !merged[key] {
				picked[key], merged[key] = maps.Clone(picked[key]), true
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

// interfacePackages returns the tables of the packages in met that the
// script does not import, without the "." table that the imported ones
// brought: the interpreter looks up the wrapper of an interface type in
// the interface's own package whenever it hands a script's value, or an
// untyped nil, to compiled code as that interface, and fails without it.
func interfacePackages(o Options, imports, met []string) []exports {
	var extra []string
	for _, p := range met {
		if !slices.Contains(imports, p) {
			extra = append(extra, p)
		}
	}
	if len(extra) == 0 {
		return nil
	}
	var out []exports
	for _, t := range packagesFor(extra, allowedTables(o, extra)) {
		delete(t, ".")
		out = append(out, t)
	}
	return out
}

// mergeMapTypes merges the "." tables a and b. The interpreter reads the
// MapTypes entry of such a table to learn which interfaces (fmt.Stringer,
// error, json.Marshaler, ...) a compiled function such as fmt.Println looks
// for in its arguments, so that it hands over script values wrapped with
// those methods: without it fmt never calls a script type's String or Error.
func mergeMapTypes(a, b map[string]reflect.Value) map[string]reflect.Value {
	v := b["MapTypes"]
	if !v.IsValid() {
		return a
	}
	bm, ok := v.Interface().(map[reflect.Value][]reflect.Type)
	if !ok {
		return a
	}
	if a == nil {
		a = map[string]reflect.Value{"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{})}
	}
	am := a["MapTypes"].Interface().(map[reflect.Value][]reflect.Type)
	for fn, types := range bm {
		am[fn] = errorFirst(types)
	}
	return a
}

var (
	stringerType = reflect.TypeFor[fmt.Stringer]()
	errorType    = reflect.TypeFor[error]()
)

// errorFirst returns the interfaces a printing function looks for with
// error added before fmt.Stringer: fmt calls Error, not String, on a value
// that has both, and a %w argument must be an error.
func errorFirst(types []reflect.Type) []reflect.Type {
	i := slices.Index(types, stringerType)
	if i < 0 || slices.Contains(types, errorType) {
		return types
	}
	return slices.Insert(slices.Clone(types), i, errorType)
}
