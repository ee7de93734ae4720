// difftest: same
package main

// What Register answers, and logs, for receivers net/rpc cannot serve.

import (
	"fmt"
	"log"
	"net/rpc"
	"os"
)

type Args struct{ N int }

type reply struct{ N int }

// Pointer has its methods on the pointer only.
type Pointer int

func (*Pointer) Double(a Args, r *int) error { *r = 2 * a.N; return nil }

// Unsuited has only methods net/rpc does not publish.
type Unsuited int

func (Unsuited) NoReply(a Args) error                   { return nil }
func (Unsuited) ValueReply(a Args, r int) error         { return nil }
func (Unsuited) Private(a Args, r *reply) error         { return nil }
func (Unsuited) TwoResults(a Args, r *int) (int, error) { return 0, nil }
func (Unsuited) NotError(a Args, r *int) bool           { return true }
func (Unsuited) hidden(a Args, r *int) error            { return nil }

type lower struct{}

func (lower) Do(a Args, r *int) error { return nil }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	var p Pointer
	fmt.Println("1:", rpc.Register(p))
	fmt.Println("2:", rpc.Register(&p))
	fmt.Println("3:", rpc.Register(new(Unsuited)))
	fmt.Println("4:", rpc.Register(lower{}))
	fmt.Println("5:", rpc.RegisterName("Lower", lower{}))
	fmt.Println("6:", rpc.Register(&p))
	fmt.Println("7:", rpc.RegisterName("", &p))
	fmt.Println("8:", rpc.Register(&[]int{}))
	fmt.Println("9:", rpc.Register(3))
	srv := rpc.NewServer()
	fmt.Println("10:", srv.Register(&p))
}
