// difftest: same
// stderr: panic
package main

// A producer closes the channel while another still sends: the receive
// side sees the zero value and ok false, the range ends, and the late send
// panics "send on closed channel"; deferred calls print first.

import "fmt"

func produce(ch chan<- int, from, to int) {
	for i := from; i < to; i++ {
		ch <- i
	}
}

func main() {
	defer fmt.Println("main deferred")
	ch := make(chan int, 10)
	produce(ch, 0, 3)
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	select {
	case v, ok := <-ch:
		fmt.Println("select receive:", v, ok)
	default:
		fmt.Println("default")
	}
	fmt.Println("second producer starts")
	produce(ch, 3, 5)
	fmt.Println("not reached")
}
