// difftest: same
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var n atomic.Int64
	for i := range 10 {
		wg.Go(func() { n.Add(int64(i)) })
	}
	wg.Wait()
	fmt.Println(n.Load())
	var b atomic.Bool
	fmt.Println(b.CompareAndSwap(false, true), b.Load())
	var u atomic.Uint32
	u.Store(5)
	fmt.Println(u.And(4), u.Or(3), u.Load())
	var v atomic.Value
	v.Store("x")
	fmt.Println(v.Load().(string), v.CompareAndSwap("no", "y"), v.CompareAndSwap("x", "y"), v.Load())
}
