package lift

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"
)

// The interpreter keeps a value of an interface type the script declares
// with methods in a struct of its own (interp.valueInterface, four words), where Go
// keeps two, so a slice whose element is or holds such an interface by
// value has elements of another size under the interpreter, and append
// grows it to another capacity than a Go build does: cap then prints
// otherwise, and two appends to one base share its array or not
// otherwise. Package rewrite's pass appendcap grows such a slice itself,
// where append must grow it, to the capacity AppendCap returns.

// AppendCap returns the capacity that append gives, in a Go build, a slice
// of capacity oldCap grown to hold newLen elements (newLen more than
// oldCap) of size bytes each, that hold pointers or not: the capacity of
// a compiled slice of a type of that size and pointers grown so, which
// follows the running toolchain's rule (growslice's next capacity, rounded
// up to a size class of the allocator, its header counted), not a copy
// of it.
func AppendCap(oldCap, newLen, size int, pointers bool) int {
	if newLen <= oldCap {
		return oldCap
	}
	key := capKey{oldCap, newLen, size, pointers}
	if c, ok := capsSeen.Load(key); ok {
		return c.(int)
	}
	st := layoutSlice(size, pointers)
	s := reflect.New(st).Elem()
	s.Set(reflect.MakeSlice(st, oldCap, oldCap))
	s.Grow(newLen - oldCap)
	c := s.Cap()
	if capsKept.Add(1) <= maxCapsKept {
		capsSeen.Store(key, c)
	}
	return c
}

// capKey is one growth that AppendCap answered.
type capKey struct {
	oldCap, newLen, size int
	pointers             bool
}

// maxCapsKept bounds how many answers AppendCap keeps: a loop builds its
// slices through the same growths again and again, and each answer spares
// the allocations that find it.
const maxCapsKept = 4096

var (
	capsSeen  sync.Map // capKey to int
	capsKept  atomic.Int64
	layoutsMu sync.Mutex
	layouts   = map[[2]int]reflect.Type{}
)

// layoutSlice returns the type of a slice whose elements are size bytes,
// all of them pointers where pointers (a type that holds a pointer is a
// whole number of words), or bytes otherwise: growslice reads no more of
// an element type than its size and whether it holds pointers.
func layoutSlice(size int, pointers bool) reflect.Type {
	k := [2]int{size, 0}
	if pointers {
		k[1] = 1
	}
	layoutsMu.Lock()
	defer layoutsMu.Unlock()
	if t, ok := layouts[k]; ok {
		return t
	}
	elem := reflect.ArrayOf(size, reflect.TypeFor[byte]())
	if pointers {
		elem = reflect.ArrayOf(size/int(unsafe.Sizeof(uintptr(0))), reflect.TypeFor[unsafe.Pointer]())
	}
	t := reflect.SliceOf(elem)
	layouts[k] = t
	return t
}

// Grow returns s, a slice of the interpreter's whose elements hold an
// interface the script declares with methods, as append must grow it to
// take k more elements in a Go build: s itself where it has room, and
// otherwise a copy of its elements with the capacity of Go's append for
// Go's size of the element (goLayout), which AppendCap gives.
func Grow(s any, k int) any {
	v := reflect.ValueOf(s)
	if v.Len()+k <= v.Cap() {
		return s
	}
	gt := goLayout(v.Type().Elem())
	n := reflect.MakeSlice(v.Type(), v.Len(), AppendCap(v.Cap(), v.Len()+k, int(gt.Size()), true))
	reflect.Copy(n, v)
	return n.Interface()
}
