// difftest: same
package main

// Range over integers of the program's own types (a Port with String,
// a Retries count), over a constant into a byte declared before the loop,
// and Go 1.22's per-iteration variables captured by goroutines, closures
// and pointers.

import (
	"fmt"
	"net"
	"sync"
)

type Port uint16

func (p Port) String() string { return fmt.Sprintf(":%d", uint16(p)) }

type Retries int

func main() {
	for p := range Port(3) {
		fmt.Printf("%v %d %T\n", p, p, p)
	}
	var n Retries = 2
	for r := range n {
		fmt.Printf("%v %T\n", r, r)
	}
	fmt.Printf("%T %v %T %v\n", max(Port(1), 3), max(Port(1), 3), min(n, 7), min(n, 7))
	var wg sync.WaitGroup
	res := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				res[i] = err.Error()
				return
			}
			defer ln.Close()
			p := Port(ln.Addr().(*net.TCPAddr).Port)
			res[i] = fmt.Sprintf("worker %d got %T nonzero=%t", i, p, p != 0)
		}()
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	const total = 3
	var sum int64
	for i := range int64(total) {
		sum += i
	}
	fmt.Println(sum)
	var u8 uint8
	for u8 = range 3 {
	}
	fmt.Println(u8)
	fns := []func() int{}
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ptrs := []*int{}
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
}
