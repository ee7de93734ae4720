package lift

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"unsafe"

	liftatomic "github.com/socklab/socklab/runner/lift/atomic"
)

// The rewrite (runner/rewrite's atomicpointer.go) writes each instance of
// sync/atomic's Pointer[T], which is generic and so missing from the
// interpreter, as a type of the layout of Go's,
//
//	struct { _ [0]*T; _noCopy AtomicNoCopy; v AtomicPointer }
//
// whose fields' types are those of Go's (unsafe.Pointer, and a noCopy of
// a package named atomic), so that fmt prints a value of it as Go prints
// an atomic.Pointer ({[] {} 0xc000012345}, and %#v's field types); its
// Load, Store, Swap and CompareAndSwap hand the script's *T, as an any, and
// the address of v to the functions below. v holds the address of the T,
// as Go's does, and each function is one of sync/atomic's operations on
// it: the zero value holds nil, CompareAndSwap compares addresses, as Go
// compares a *T, and the type is safe for concurrent use, as
// atomic.Pointer is.

// AtomicPointer is the type of the word that holds the pointer.
type AtomicPointer = unsafe.Pointer

// atomicNoCopy is the type of the second field.
type atomicNoCopy = liftatomic.NoCopy

// addressOf returns the address v points to: nil for a nil interface or
// a nil pointer.
func addressOf(v any) unsafe.Pointer {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return nil
	}
	if rv.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("lift: a %s where atomic.Pointer takes a pointer", rv.Type()))
	}
	return rv.UnsafePointer()
}

// pointerAt returns the pointer of like's type (a nil *T of the script's)
// to addr: like itself for nil.
func pointerAt(addr unsafe.Pointer, like any) any {
	if addr == nil {
		return like
	}
	return reflect.NewAt(reflect.TypeOf(like).Elem(), addr).Interface()
}

// AtomicLoad returns the pointer c holds, of like's type.
func AtomicLoad(c *AtomicPointer, like any) any {
	return pointerAt(atomic.LoadPointer(c), like)
}

// AtomicStore sets the pointer c holds to v.
func AtomicStore(c *AtomicPointer, v any) { atomic.StorePointer(c, addressOf(v)) }

// AtomicSwap sets the pointer c holds to v and returns the one it held, of
// like's type.
func AtomicSwap(c *AtomicPointer, v, like any) any {
	return pointerAt(atomic.SwapPointer(c, addressOf(v)), like)
}

// AtomicCompareAndSwap sets the pointer c holds to new where it holds old,
// and reports whether it did.
func AtomicCompareAndSwap(c *AtomicPointer, old, new any) bool {
	return atomic.CompareAndSwapPointer(c, addressOf(old), addressOf(new))
}

// atomicSymbols are the compiled types and functions that rewritten source
// names for sync/atomic's generic types.
func atomicSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"AtomicPointer":        reflect.ValueOf((*AtomicPointer)(nil)),
		"AtomicNoCopy":         reflect.ValueOf((*atomicNoCopy)(nil)),
		"AtomicLoad":           reflect.ValueOf(AtomicLoad),
		"AtomicStore":          reflect.ValueOf(AtomicStore),
		"AtomicSwap":           reflect.ValueOf(AtomicSwap),
		"AtomicCompareAndSwap": reflect.ValueOf(AtomicCompareAndSwap),
	}
}
