// difftest: same
package main

// Effective Go, Parallelization: a Vector's DoAll splits the work into
// one piece per CPU (a fixed count here), each piece's DoSome signals a
// channel when done, and DoAll drains it; then goroutines that announce
// a message after a delay (printed in sorted order, as a loaded machine
// may start either first).

import (
	"fmt"
	"math"
	"sort"
	"time"
)

type Vector []float64

func (v Vector) Op(x float64) float64 { return math.Sqrt(x) * 2 }

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u.Op(v[i])
	}
	c <- 1
}

const numCPU = 4

func (v Vector) DoAll(u Vector) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

func Announce(message string, delay time.Duration, done chan<- string) {
	go func() {
		time.Sleep(delay)
		done <- message
	}()
}

func main() {
	v := make(Vector, 10)
	for i := range v {
		v[i] = float64(i * i)
	}
	v.DoAll(v)
	fmt.Println(v)
	sum := 0.0
	for _, x := range v {
		sum += x
	}
	fmt.Printf("%.3f\n", sum)

	done := make(chan string)
	Announce("second", 60*time.Millisecond, done)
	Announce("first", 5*time.Millisecond, done)
	got := []string{<-done, <-done}
	sort.Strings(got)
	fmt.Println(got)
}
