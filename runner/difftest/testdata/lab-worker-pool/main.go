// difftest: same
package main

// A worker pool serving connections: the accept loop hands each connection
// to a channel, and a fixed number of workers take them in turn. Each
// request is a number; the answer is whether it is prime. The clients run
// at once; the answers are printed in the clients' order.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func worker(id int, jobs <-chan net.Conn, served *atomic.Int32, wg *sync.WaitGroup) {
	defer wg.Done()
	for conn := range jobs {
		line, err := bufio.NewReader(conn).ReadString('\n')
		if err == nil {
			n, err := strconv.Atoi(strings.TrimSpace(line))
			if err != nil {
				fmt.Fprintf(conn, "error: %v\n", err)
			} else {
				fmt.Fprintf(conn, "%d prime=%t\n", n, isPrime(n))
			}
		}
		conn.Close()
		served.Add(1)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	jobs := make(chan net.Conn)
	var served atomic.Int32
	var workers sync.WaitGroup
	for id := 1; id <= 3; id++ {
		workers.Add(1)
		go worker(id, jobs, &served, &workers)
	}
	go func() {
		defer close(jobs)
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			jobs <- conn
		}
	}()

	inputs := []string{"2", "15", "17", "97", "100", "7919", "x1", "1"}
	answers := make([]string, len(inputs))
	var clients sync.WaitGroup
	for i, in := range inputs {
		clients.Add(1)
		go func(i int, in string) {
			defer clients.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				answers[i] = err.Error()
				return
			}
			defer c.Close()
			fmt.Fprintln(c, in)
			a, _ := bufio.NewReader(c).ReadString('\n')
			answers[i] = strings.TrimSpace(a)
		}(i, in)
	}
	clients.Wait()
	ln.Close()
	workers.Wait()
	for i, a := range answers {
		fmt.Printf("%-5s %s\n", inputs[i], a)
	}
	fmt.Println("served:", served.Load())
}
