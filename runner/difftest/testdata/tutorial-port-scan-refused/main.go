// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"sync"
	"syscall"
	"time"
)

type Result struct {
	Index int
	Open  bool
	Err   error
}

func (r Result) String() string {
	if r.Open {
		return fmt.Sprintf("#%d open", r.Index)
	}
	return fmt.Sprintf("#%d closed (refused=%t)", r.Index, errors.Is(r.Err, syscall.ECONNREFUSED))
}

func main() {
	var ports []int
	var lns []net.Listener
	for i := range 5 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
		if i%2 == 0 {
			lns = append(lns, ln)
			go func() {
				for {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					c.Close()
				}
			}()
		} else {
			ln.Close()
		}
	}
	results := make([]Result, len(ports))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, p := range ports {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", p), time.Second)
			if err != nil {
				results[i] = Result{Index: i, Err: err}
				return
			}
			c.Close()
			results[i] = Result{Index: i, Open: true}
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
		var op *net.OpError
		if errors.As(r.Err, &op) {
			var se *net.OpError = op
			fmt.Printf("  op=%s net=%s temporary=%v timeout=%v inner=%T\n", se.Op, se.Net, op.Temporary(), op.Timeout(), op.Err)
			var sc *syscallErr
			_ = sc
		}
	}
	open := slices.IndexFunc(results, func(r Result) bool { return !r.Open })
	fmt.Println("first closed", open, len(lns))
	for _, ln := range lns {
		ln.Close()
	}
}

type syscallErr struct{}
