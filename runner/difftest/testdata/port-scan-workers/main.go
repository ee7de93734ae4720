// difftest: same
package main

// A port scanner for the loopback interface, as Network Programming with Go
// writes one: a pool of workers takes ports from a channel, dials each
// with a timeout, and sends back what it found; refused ports are told
// apart from open ones by errors.Is(err, syscall.ECONNREFUSED).

import (
	"errors"
	"fmt"
	"net"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"
)

type result struct {
	port  int
	open  bool
	cause string
}

func scan(ports <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for p := range ports {
		c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)), time.Second)
		switch {
		case err == nil:
			c.Close()
			results <- result{port: p, open: true}
		case errors.Is(err, syscall.ECONNREFUSED):
			results <- result{port: p, cause: "refused"}
		default:
			results <- result{port: p, cause: err.Error()}
		}
	}
}

func main() {
	var listeners []net.Listener
	var targets []int
	for i := 0; i < 6; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		listeners = append(listeners, ln)
		targets = append(targets, ln.Addr().(*net.TCPAddr).Port)
	}
	for i, ln := range listeners {
		if i%2 == 1 {
			ln.Close() // every other port closed again
		} else {
			defer ln.Close()
		}
	}
	ports := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go scan(ports, results, &wg)
	}
	go func() {
		for _, p := range targets {
			ports <- p
		}
		close(ports)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var found []result
	for r := range results {
		found = append(found, r)
	}
	index := map[int]int{}
	for i, p := range targets {
		index[p] = i
	}
	sort.Slice(found, func(i, j int) bool { return index[found[i].port] < index[found[j].port] })
	open := 0
	for _, r := range found {
		if r.open {
			open++
		}
		fmt.Printf("target %d: open=%v %s\n", index[r.port], r.open, r.cause)
	}
	fmt.Println(open, "open,", len(found)-open, "closed")
}
