package refuse

import (
	"fmt"
	"go/ast"
)

//go:generate go test -run ^TestNewerLibraryTable$ -args -write

// The interpreter's symbol tables (runner/gostd) hold every name of Go's
// library that is not generic, while the type checker knows the generic
// ones too, so a generic function or type that the interpreter's own
// generic sources lack (one that a release after Go 1.22 added, or
// sync/atomic.Pointer, of Go 1.19) passes the type check and the
// interpreter stops at it with a message of its own ("has no symbol
// TypeAssert", "undefined selector sync/atomic.Pointer"). This check names
// it instead, and what to write without it. newerLibrary (newer_table.go,
// written by `go generate ./runner/refuse` and kept complete by
// TestNewerLibraryTable) lists the names, from the toolchain's api files,
// that the tables lack, less those that the rewrite writes out
// (runner/rewrite's library pass: sync.OnceValue, math/rand/v2.N, ...);
// newerPackages the packages releases after Go 1.22 added that have no
// table, which hold only generic functions and types.

// newerHints say what to write instead of a newer name, where Go's library
// has a simple way without it.
var newerHints = map[string]string{
	"hash/maphash.Comparable":      "maphash.String or maphash.Bytes of the value's text or bytes",
	"hash/maphash.WriteComparable": "the Hash's WriteString or Write with the value's text or bytes",
	"reflect.TypeAssert":           "v.Interface().(T)",
	"database/sql.Null":            "sql.NullString, sql.NullInt64 or another of its Null types",
	"runtime.AddCleanup":           "runtime.SetFinalizer",
	"unique":                       "a map[T]T that keeps one copy of each value",
	"weak":                         "a plain pointer, or a map from keys to values you delete yourself",
	"crypto/hkdf":                  "HKDF with crypto/hmac, as RFC 5869 gives it",
	"crypto/pbkdf2":                "PBKDF2 with crypto/hmac, as RFC 8018 gives it",
}

// NewerPackage returns what to tell a script that imports path, a package
// that Go's library gained after Go 1.22 and that holds only generic
// functions and types, and false for any other path.
func NewerPackage(path string) (string, bool) {
	version, ok := newerPackages[path]
	if !ok {
		return "", false
	}
	hint, ok := newerHints[path]
	if !ok {
		hint = "what it does with other packages"
	}
	return fmt.Sprintf("package %q was added in Go %s and holds only generic functions and types, which socklab's interpreter cannot take from Go's compiled library: write %s", path, version, hint), true
}

// newerLibraryNames refuses the generic names of the standard library that
// the interpreter lacks.
func newerLibraryNames(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		e, _ := n.(ast.Expr)
		sel, pn := r.qualified(e)
		if pn == nil {
			return true
		}
		key := pn.Imported().Path() + "." + sel.Sel.Name
		version, ok := newerLibrary[key]
		if !ok {
			return true
		}
		hint, ok := newerHints[key]
		if !ok {
			hint = "what it does without it"
		}
		r.refuse(sel.Pos(), "%s.%s was added in Go %s and is generic, which socklab's interpreter cannot take from Go's compiled library: write %s", pn.Name(), sel.Sel.Name, version, hint)
		return true
	})
}
