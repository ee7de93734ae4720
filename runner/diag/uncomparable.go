package diag

import (
	"reflect"
	"strings"
	"sync"
)

// uncomparable holds, by the spelling of its runtime type, the name of
// each type of the script that is not comparable and that the
// interpreter makes an unnamed type (type Set map[string]bool is a
// map[string]bool at run time), as Go names it (main.Set); "" where two
// types of the script share a spelling.
var uncomparable sync.Map

// NameUncomparable has the panics of comparing or hashing a value of t,
// the runtime type of a type of the script that is not comparable, name
// it name (main.Set), as Go's runtime does, where the interpreter's
// runtime type has no name. (runner/rewrite registers only a type that
// no other type of its package's values spells alike.)
func NameUncomparable(t reflect.Type, name string) {
	if old, loaded := uncomparable.LoadOrStore(t.String(), name); loaded && old != name {
		uncomparable.Store(t.String(), "")
	}
}

// uncomparableMessages are the messages of Go's runtime that end with an
// uncomparable type.
var uncomparableMessages = []string{"comparing uncomparable type ", "hash of unhashable type: ", "hash of unhashable type "}

// NameUncomparables rewrites msg, a runtime error's message, where it
// ends with the runtime type of a type that NameUncomparable named.
func NameUncomparables(msg string) string {
	for _, prefix := range uncomparableMessages {
		i := strings.Index(msg, prefix)
		if i < 0 {
			continue
		}
		if name, ok := uncomparable.Load(msg[i+len(prefix):]); ok && name != "" {
			return msg[:i+len(prefix)] + name.(string)
		}
		return msg
	}
	return msg
}
