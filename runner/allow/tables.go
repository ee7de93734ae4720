package allow

import (
	"reflect"

	"github.com/socklab/socklab/runner/gostd"
	"github.com/socklab/socklab/stdlib"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	"github.com/traefik/yaegi/stdlib/unsafe"
)

// Exports is a set of yaegi symbol tables: "import/path/name" -> symbol -> value.
type Exports = map[string]map[string]reflect.Value

// Tables returns every symbol table whose packages a script may import,
// and so every table the audit covers: Go's standard library as the
// interpreter offers it (syscall too), unsafe (--allow-unsafe), the
// interpreter's unrestricted symbols (--allow-exec), and socklab's helpers.
func Tables() []Exports { return TablesFor(nil) }

// TablesFor returns the tables of Tables, with only the packages of Go's
// standard library that want accepts (by import path) built; every one if
// want is nil.
func TablesFor(want func(pkg string) bool) []Exports {
	return []Exports{gostd.Symbols(want), unsafe.Symbols, unrestricted.Symbols, stdlib.Symbols}
}
