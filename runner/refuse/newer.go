package refuse

import (
	"fmt"
	"go/ast"
	"go/types"
)

//go:generate go test -run ^TestNewerLibraryTable$ -args -write

// The interpreter's symbol tables hold Go 1.22's standard library (see
// runner/gostd), while the type checker knows the toolchain's, so a name
// that a later release added passes the type check and the interpreter
// stops at it with a message of its own ("has no symbol Text"). This check
// names the release instead, and what to write with Go 1.22's library.
// newerLibrary (newer_table.go, written by `go generate ./runner/refuse`
// and kept complete by TestNewerLibraryTable) lists the
// names, from the toolchain's api files, less those that the rewrite
// writes out (runner/rewrite's library pass).

// newerHints say what to write instead of a newer name, where Go 1.22's
// library has a simple way.
var newerHints = map[string]string{
	"encoding/binary.Append":                  "binary.Write to a bytes.Buffer, or the byte order's AppendUint32 and the like",
	"encoding/binary.Encode":                  "binary.Write to a bytes.Buffer, or the byte order's PutUint32 and the like",
	"encoding/binary.Decode":                  "binary.Read from a bytes.Reader, or the byte order's Uint32 and the like",
	"math/rand/v2.Uint":                       "uint(rand.Uint64())",
	"net.KeepAliveConfig":                     "the KeepAlive field (a time.Duration) of net.Dialer or net.ListenConfig",
	"net/http/httptest.NewRequestWithContext": "httptest.NewRequest(method, target, body).WithContext(ctx)",
	"sync/atomic.AndInt32":                    "a loop of atomic.LoadInt32 and atomic.CompareAndSwapInt32",
	"sync/atomic.AndInt64":                    "a loop of atomic.LoadInt64 and atomic.CompareAndSwapInt64",
	"sync/atomic.AndUint32":                   "a loop of atomic.LoadUint32 and atomic.CompareAndSwapUint32",
	"sync/atomic.AndUint64":                   "a loop of atomic.LoadUint64 and atomic.CompareAndSwapUint64",
	"sync/atomic.AndUintptr":                  "a loop of atomic.LoadUintptr and atomic.CompareAndSwapUintptr",
	"sync/atomic.OrInt32":                     "a loop of atomic.LoadInt32 and atomic.CompareAndSwapInt32",
	"sync/atomic.OrInt64":                     "a loop of atomic.LoadInt64 and atomic.CompareAndSwapInt64",
	"sync/atomic.OrUint32":                    "a loop of atomic.LoadUint32 and atomic.CompareAndSwapUint32",
	"sync/atomic.OrUint64":                    "a loop of atomic.LoadUint64 and atomic.CompareAndSwapUint64",
	"sync/atomic.OrUintptr":                   "a loop of atomic.LoadUintptr and atomic.CompareAndSwapUintptr",
	"unicode/utf16.RuneLen":                   "len(utf16.Encode([]rune{r}))",
	"log/slog.DiscardHandler":                 "slog.NewTextHandler(io.Discard, nil)",
	"log/slog.GroupAttrs":                     "slog.Group(name, attrs...) with the attributes as values of type any",
	"os.OpenRoot":                             "os.Open of paths inside the folder",
	"os.OpenInRoot":                           "os.Open of a path inside the folder",
	"os.Root":                                 "os.Open of paths inside the folder",
	"runtime.AddCleanup":                      "runtime.SetFinalizer",
	"runtime.Cleanup":                         "runtime.SetFinalizer",
	"io/fs.Lstat":                             "os.Lstat",
	"io/fs.ReadLink":                          "os.Readlink",
	"reflect.TypeAssert":                      "v.Interface().(T)",
	"encoding.TextAppender":                   "encoding.TextMarshaler",
	"encoding.BinaryAppender":                 "encoding.BinaryMarshaler",
	"net/http.ParseCookie":                    "the Cookies method of an http.Request whose Cookie header holds the line",
	"structs":                                 "the struct without its structs.HostLayout field",
	"net/http.ParseSetCookie":                 "the Cookies method of an http.Response whose Set-Cookie header holds the line",
}

// NewerPackage returns what to tell a script that imports path, a package
// that Go's library gained after Go 1.22 and the interpreter lacks, and
// false for any other path.
func NewerPackage(path string) (string, bool) {
	version, ok := newerPackages[path]
	if !ok {
		return "", false
	}
	hint, ok := newerHints[path]
	if !ok {
		hint = "what it does with Go 1.22's packages"
	}
	return fmt.Sprintf("package %q was added in Go %s; socklab's interpreter has Go 1.22's library: write %s", path, version, hint), true
}

// newerLibraryNames refuses the names of the standard library that Go
// releases after 1.22 added.
func newerLibraryNames(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return true
		}
		pn, ok := r.info.Uses[id].(*types.PkgName)
		if !ok {
			return true
		}
		key := pn.Imported().Path() + "." + sel.Sel.Name
		version, ok := newerLibrary[key]
		if !ok {
			return true
		}
		hint, ok := newerHints[key]
		if !ok {
			hint = "what it does with Go 1.22's functions"
		}
		r.refuse(sel.Pos(), "%s.%s was added in Go %s; socklab's interpreter has Go 1.22's library: write %s", id.Name, sel.Sel.Name, version, hint)
		return true
	})
}
