// difftest: same
package main

// Distributed matrix multiplication on loopback: the coordinator sends each
// worker a row of A and the whole of B as JSON, the workers (servers of
// their own) answer with a row of the product, and the coordinator puts
// the rows back in order.

import (
	"encoding/json"
	"fmt"
	"net"
	"sync"
)

type Task struct {
	Row int
	A   []int
	B   [][]int
}

type Result struct {
	Row    int
	Values []int
	Worker int
}

func worker(id int, ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		var t Task
		if err := json.NewDecoder(c).Decode(&t); err == nil {
			out := make([]int, len(t.B[0]))
			for j := range out {
				for k, a := range t.A {
					out[j] += a * t.B[k][j]
				}
			}
			json.NewEncoder(c).Encode(Result{t.Row, out, id})
		}
		c.Close()
	}
}

func main() {
	var addrs []string
	for id := 0; id < 3; id++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		defer ln.Close()
		go worker(id, ln)
		addrs = append(addrs, ln.Addr().String())
	}
	A := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {1, 0, 1}}
	B := [][]int{{1, 0}, {0, 1}, {2, -1}}
	C := make([][]int, len(A))
	usedWorker := make([]int, len(A))
	var wg sync.WaitGroup
	for i, row := range A {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", addrs[i%len(addrs)])
			if err != nil {
				fmt.Println(err)
				return
			}
			defer c.Close()
			json.NewEncoder(c).Encode(Task{i, row, B})
			var r Result
			if err := json.NewDecoder(c).Decode(&r); err != nil {
				fmt.Println("row", i, err)
				return
			}
			C[r.Row] = r.Values
			usedWorker[r.Row] = r.Worker
		}()
	}
	wg.Wait()
	for i, row := range C {
		fmt.Printf("row %d %v (worker %d)\n", i, row, usedWorker[i])
	}
}
