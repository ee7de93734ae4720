package lift

import (
	"context"

	valuectx "github.com/socklab/socklab/runner/lift/context"
)

// A context's String names each key and value that context.WithValue was
// handed by its type, where it has no String method
// (context.Background.WithValue(main.ctxKey, ann)), and the interpreter's
// runtime type of a script's type is not named as Go names it (lift.String_1,
// a struct spelt by its fields). The rewrite (pass contextvalue) hands
// such a call to ContextWithValue with the names Go gives the types of
// its key and value, which it knows from the type checker.

// ContextWithValue is context.WithValue(parent, key, val), whose String
// writes keyName for the key and valName for the value where they are not
// "" (the types Go names), and each as context's String does otherwise;
// its type is named *context.valueCtx, as Go's is (see package
// runner/lift/context).
func ContextWithValue(parent context.Context, key, val any, keyName, valName string) context.Context {
	return valuectx.WithValue(parent, key, val, keyName, valName)
}
