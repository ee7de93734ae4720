// Package context holds the context that lift.ContextWithValue returns
// in place of context.WithValue's: a package of this name and a type of
// that name, so that %T and reflect name it as Go names the one
// context.WithValue returns (*context.valueCtx).
package context

import (
	"context"
	"reflect"
)

// valueCtx is what context.WithValue returned, whose String names its
// key and value as Go does: by the names Go gives their types, where the
// interpreter's runtime types have names of their own.
type valueCtx struct {
	context.Context
	parent           context.Context
	key, val         any
	keyName, valName string
}

// WithValue is context.WithValue(parent, key, val), whose String writes
// keyName for the key and valName for the value where they are not ""
// (the types Go names), and each as context's String does otherwise.
func WithValue(parent context.Context, key, val any, keyName, valName string) context.Context {
	return &valueCtx{context.WithValue(parent, key, val), parent, key, val, keyName, valName}
}

// String is the String of the context context.WithValue returned.
func (c *valueCtx) String() string {
	return contextName(c.parent) + ".WithValue(" + stringify(c.key, c.keyName) + ", " + stringify(c.val, c.valName) + ")"
}

// contextName is how a context's String names its parent.
func contextName(c context.Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return reflect.TypeOf(c).String()
}

// stringify is how a context's String writes a key or a value v, or name
// where it is not "".
func stringify(v any, name string) string {
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
