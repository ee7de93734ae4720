package lift

import (
	"context"
	"reflect"
)

// A context's String names each key and value that context.WithValue was
// handed by its type, where it has no String method
// (context.Background.WithValue(main.ctxKey, ann)), and the interpreter's
// runtime type of a script's type is not named as Go names it (lift.String_1,
// a struct spelt by its fields). The rewrite (pass contextvalue) hands
// such a call to ContextWithValue with the names Go gives the types of
// its key and value, which it knows from the type checker.

// A valueContext is what context.WithValue returned, whose String names
// its key and value as Go does.
type valueContext struct {
	context.Context
	parent           context.Context
	key, val         any
	keyName, valName string
}

// ContextWithValue is context.WithValue(parent, key, val), whose String
// writes keyName for the key and valName for the value where they are not
// "" (the types Go names), and each as context's String does otherwise.
func ContextWithValue(parent context.Context, key, val any, keyName, valName string) context.Context {
	return &valueContext{context.WithValue(parent, key, val), parent, key, val, keyName, valName}
}

// String is the String of the context context.WithValue returned.
func (c *valueContext) String() string {
	return contextName(c.parent) + ".WithValue(" + contextStringify(c.key, c.keyName) + ", " + contextStringify(c.val, c.valName) + ")"
}

// contextName is how a context's String names its parent.
func contextName(c context.Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return reflect.TypeOf(c).String()
}

// contextStringify is how a context's String writes a key or a value v,
// or name where it is not "".
func contextStringify(v any, name string) string {
	if name != "" {
		return name
	}
	switch s := v.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}
