package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		program{"make_chan_one_way", `package main

import "fmt"

type Sink chan<- string

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func producer(out chan<- int) {
	for i := range 3 {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan<- int, 1)
	c <- 1
	fmt.Printf("%T %d %d\n", c, len(c), cap(c))
	var r <-chan string = make(<-chan string)
	fmt.Printf("%T %v\n", r, r == nil)
	s := make(Sink, 2)
	s <- "a"
	fmt.Printf("%T %d\n", s, len(s))
	fmt.Printf("%T\n", make(chan<- Pair[string, []int]))
	fmt.Printf("%T\n", make(<-chan <-chan func() error, 3))
	both := make(chan int, 3)
	producer(both)
	for v := range both {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
`},
	)
}

func TestMakeChanOneWay(t *testing.T) {
	liftHolds(t, `package main

func main() {
	c := make(chan<- int, 1)
	d := make(chan int)
	_, _ = c, d
}
`, []string{"c := (chan<- int)(make(chan (int), 1))", "d := make(chan int)"}, nil)
}
