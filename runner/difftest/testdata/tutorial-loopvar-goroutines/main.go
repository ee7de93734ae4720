// difftest: same
package main

import (
	"fmt"
	"net"
	"sort"
	"sync"
)

type result struct {
	i, v int
}

func main() {
	var mu sync.Mutex
	var got []result
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		ready := make(chan struct{})
		go func() {
			defer wg.Done()
			<-ready
			mu.Lock()
			got = append(got, result{i, i * 10})
			mu.Unlock()
		}()
		if i%2 == 0 {
			i++ // the goroutine of this iteration sees it; the next iteration starts after it
		}
		close(ready)
	}
	wg.Wait()
	sort.Slice(got, func(a, b int) bool { return got[a].i < got[b].i })
	fmt.Println(got)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				buf := make([]byte, 16)
				n, _ := c.Read(buf)
				c.Write(append([]byte("ack:"), buf[:n]...))
				c.Close()
			}()
		}
	}()
	replies := make([]string, 4)
	var wg2 sync.WaitGroup
	for i, name := range []string{"a", "b", "c", "d"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				replies[i] = err.Error()
				return
			}
			defer c.Close()
			c.Write([]byte(name))
			b := make([]byte, 16)
			n, _ := c.Read(b)
			replies[i] = string(b[:n])
		}()
	}
	wg2.Wait()
	fmt.Println(replies)
	var funcs []func() string
	for _, conn := range []struct{ id string }{{"x"}, {"y"}} {
		funcs = append(funcs, func() string { return conn.id })
	}
	for i := range funcs {
		fmt.Print(funcs[i](), " ")
	}
	fmt.Println()
	counter := 0
	for counter < 3 {
		c := counter
		defer func() { fmt.Println("deferred", c, counter) }()
		counter++
	}
}
