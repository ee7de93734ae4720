// difftest: same
package main

// A port scanner limited to the program's own loopback: it opens three
// listeners, closes one, and scans the four ports (the closed one and a
// port it never used are refused). Errors are looked at with errors.As
// and syscall.ECONNREFUSED, as a scanner tells "closed" from "filtered".

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"sync"
	"syscall"
	"time"
)

type result struct {
	port  int
	state string
}

func scan(host string, port int) result {
	c, err := net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(port)), time.Second)
	if err == nil {
		c.Close()
		return result{port, "open"}
	}
	var op *net.OpError
	if errors.As(err, &op) && errors.Is(err, syscall.ECONNREFUSED) {
		return result{port, "closed (" + op.Op + " refused)"}
	}
	return result{port, "filtered: " + err.Error()}
}

func main() {
	var ports []int
	var open []net.Listener
	for i := 0; i < 3; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		_, p, _ := net.SplitHostPort(ln.Addr().String())
		n, _ := strconv.Atoi(p)
		ports = append(ports, n)
		open = append(open, ln)
	}
	open[1].Close()
	for _, ln := range []net.Listener{open[0], open[2]} {
		defer ln.Close()
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	results := map[int]string{}
	for _, p := range ports {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			r := scan("127.0.0.1", p)
			mu.Lock()
			results[r.port] = r.state
			mu.Unlock()
		}(p)
	}
	wg.Wait()
	for i, p := range ports {
		fmt.Printf("port #%d: %s\n", i+1, results[p])
	}
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	var sys *net.OpError
	if errors.As(err, &sys) {
		fmt.Printf("%s %s %v %T\n", sys.Op, sys.Net, sys.Addr, sys.Err)
	}
}
