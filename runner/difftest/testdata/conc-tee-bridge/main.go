// difftest: same
package main

// The tee and bridge channels of Concurrency in Go, with an or-done
// wrapper and nil channels that disable a select's send once it is made.

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (_, _ <-chan int) {
	out1 := make(chan int)
	out2 := make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for val := range orDone(done, in) {
			var out1, out2 = out1, out2
			for i := 0; i < 2; i++ {
				select {
				case <-done:
				case out1 <- val:
					out1 = nil
				case out2 <- val:
					out2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func bridge(done <-chan struct{}, chanStream <-chan <-chan int) <-chan int {
	valStream := make(chan int)
	go func() {
		defer close(valStream)
		for {
			var stream <-chan int
			select {
			case maybe, ok := <-chanStream:
				if !ok {
					return
				}
				stream = maybe
			case <-done:
				return
			}
			for val := range orDone(done, stream) {
				select {
				case valStream <- val:
				case <-done:
				}
			}
		}
	}()
	return valStream
}

func main() {
	done := make(chan struct{})
	defer close(done)
	src := make(chan int)
	go func() {
		defer close(src)
		for i := 1; i <= 4; i++ {
			src <- i
		}
	}()
	a, b := tee(done, src)
	for v := range a {
		fmt.Println("a", v, "b", <-b)
	}
	gen := func() <-chan <-chan int {
		cs := make(chan (<-chan int))
		go func() {
			defer close(cs)
			for i := 0; i < 3; i++ {
				s := make(chan int, 1)
				s <- i * 10
				close(s)
				cs <- s
			}
		}()
		return cs
	}
	for v := range bridge(done, gen()) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
