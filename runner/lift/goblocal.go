package lift

import (
	"reflect"
	"sync"
)

// A struct type declared inside a function is in no file's table of
// GobTypes, which names the types of the top level, so gob's error about
// a stream of it decoded into a value of another kind described it as
// the interpreter's type (received remote type  = struct { Msg string;
// }, where Go writes Local = struct { Msg string; }). The rewrite (pass
// goberrors) hands each Encode of a value whose static type holds such a
// type the table with Local of it, which notes Go's name of it for the
// whole program, where its encodings are.

// gobLocals holds Go's Name of each struct type declared inside a
// function that the program has encoded, by runtime type; "" where two
// such types of other names share the runtime type.
var gobLocals sync.Map // reflect.Type -> string

// Local notes Go's names of the struct types declared inside functions
// that entries give, as GobTypes takes them ([]T(nil), "main.T", "T"),
// and returns t.
func (t *GobTable) Local(entries ...any) *GobTable {
	for i := 0; i+2 < len(entries); i += 3 {
		rt := reflect.TypeOf(entries[i])
		name, _ := entries[i+2].(string)
		if rt == nil || rt.Kind() != reflect.Slice {
			continue
		}
		if other, loaded := gobLocals.LoadOrStore(rt.Elem(), name); loaded && other != name {
			gobLocals.Store(rt.Elem(), "")
		}
	}
	return t
}
