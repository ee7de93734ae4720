package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("atomic_pointer_config", "atomic-pointer-config"),
		fromCorpus("atomic_pointer_stack", "atomic-pointer-stack"),
		fromCorpus("atomic_pointer_field", "atomic-pointer-field"),
		fromCorpus("atomic_pointer_generic", "atomic-pointer-generic"),
		fromCorpus("atomic_pointer_generic_stack", "atomic-pointer-generic-stack"),
		program{"atomic_pointer_files", `package main

import (
	"fmt"
	"slices"
	"sync/atomic"
)

type Port int

type Peer struct{ Name string }

func (p *Peer) String() string { return "peer " + p.Name }

var ports atomic.Pointer[Port]
var peers [2]atomic.Pointer[Peer]

func first() *atomic.Pointer[Peer] { return &peers[0] }

func main() {
	p := Port(80)
	ports.Store(&p)
	fmt.Println(*ports.Load(), ports.Load() == &p)
	first().Store(&Peer{"ann"})
	fmt.Println(first().Load(), peers[1].Load() == nil)
	fmt.Printf("%+v %T\n", &peers[1], first())
	all := []*atomic.Pointer[Peer]{&peers[1], &peers[0]}
	slices.Reverse(all)
	fmt.Println(all[0].Load().Name, all[1].Load() == nil)
}
`})
}

// TestAtomicPointerRefusals checks the instances of atomic.Pointer that
// the pass cannot write out: each is refused at its line with what to
// write instead, and the others are written out.
func TestAtomicPointerRefusals(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"type parameter of a generic type without methods", "type S[T any] struct{ p atomic.Pointer[T] }\n\nvar _ S[int]", "main.go:5:25: the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only for a type that the package level can name, which T is not (a type parameter)"},
		{"type parameter of a generic function", "func f[T any]() {\n\tvar p atomic.Pointer[T]\n\tp.Store(nil)\n}\n\nvar _ = f[int]", "main.go:6:8: the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only for a type that the package level can name, which T is not (a type parameter)"},
		{"type declared in a function", "func f() {\n\ttype local struct{}\n\tvar p atomic.Pointer[local]\n\tp.Store(nil)\n}", "main.go:7:8: the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only for a type that the package level can name, which local is not (a type declared in a function): declare it at the package level"},
		{"embedded", "type H struct {\n\tatomic.Pointer[int]\n}", "main.go:6:2: the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only as a field with a name"},
		{"embedded pointer", "type H struct {\n\t*atomic.Pointer[int]\n}", "main.go:6:3: the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only as a field with a name"},
		{"stored as any", "var p atomic.Pointer[int]\n\nvar v any = &p", "main.go:7:13: &p is an *atomic.Pointer[int], for which socklab writes a type of its own"},
		{"passed as any", "func f(any) {}\n\nfunc g() {\n\tvar p atomic.Pointer[int]\n\tf(&p)\n}", "main.go:9:4: &p is an *atomic.Pointer[int]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, "package main\n\nimport \"sync/atomic\"\n\n"+tt.body+"\n\nfunc main() {}\n", tt.want)
		})
	}
}

// TestAtomicPointerWritten checks what the pass writes: one type per
// instance, however often and in whatever types the file names it, and
// nothing refused where an unnamed parameter is no embedded field.
func TestAtomicPointerWritten(t *testing.T) {
	src := `package main

import "sync/atomic"

type Config struct{ N int }

var a, b atomic.Pointer[Config]

var m map[string]*atomic.Pointer[Config]

func use(*atomic.Pointer[Config]) {}

var c atomic.Pointer[int]

func main() { use(&a); use(&b); _ = m; c.Store(nil) }
`
	liftHolds(t, src,
		[]string{"var a, b _slAtomicPointer", "map[string]*_slAtomicPointer", "*_slAtomicPointer1) {}", "type _slAtomicPointer1 struct", "type _slAtomicPointer2 struct", ".AtomicCompareAndSwap(&x.v, old, new)"},
		[]string{"atomic.Pointer[", "_slAtomicPointer3"})
}

// TestAtomicPointerLibraryFields checks that the instances of a generic
// type written out per instance declare no atomic.Pointer for the fields
// of a type of Go's library they hold (an *os.File's, of a type the file
// cannot name), and do for the script's own.
func TestAtomicPointerLibraryFields(t *testing.T) {
	const src = "package main\n\nimport (\n\t\"os\"\n\t\"sync/atomic\"\n)\n\ntype W[F any] struct{ f F }\n\nfunc (w W[F]) Get() F { return w.f }\n\ntype Own struct{ p atomic.Pointer[int] }\n\nfunc main() {\n\t_ = W[*os.File]{os.Stdout}.Get()\n\t_ = W[*Own]{&Own{}}.Get()\n}\n"
	liftHolds(t, src, []string{"_slAtomicPointer1 struct { _ [0]*int;"}, []string{"dirInfo"})
}
