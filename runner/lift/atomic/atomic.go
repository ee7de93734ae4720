// Package atomic holds the type that stands, in the type runner/rewrite
// writes for an instance of sync/atomic's Pointer[T], for Go's own noCopy
// field: a package of this name and a type of that name, so that fmt's %#v
// names it as Go does (atomic.noCopy{}).
package atomic

// noCopy is the type of the written type's second field, as sync/atomic's
// noCopy is the type of Pointer's.
type noCopy struct{}

// NoCopy is noCopy, under a name other packages can give the interpreter.
type NoCopy = noCopy
