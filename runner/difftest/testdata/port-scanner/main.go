// difftest: same
package main

import (
	"fmt"
	"net"
	"sort"
	"strconv"
	"sync"
	"time"
)

func main() {
	var open []int
	var listeners []net.Listener
	for i := 0; i < 3; i++ {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			panic(err)
		}
		listeners = append(listeners, ln)
	}
	ports := map[int]bool{}
	for _, ln := range listeners {
		ports[ln.Addr().(*net.TCPAddr).Port] = true
	}
	closed := listeners[2].Addr().(*net.TCPAddr).Port
	listeners[2].Close()
	var mu sync.Mutex
	var wg sync.WaitGroup
	for p := range ports {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)), time.Second)
			if err != nil {
				return
			}
			c.Close()
			mu.Lock()
			open = append(open, p)
			mu.Unlock()
		}(p)
	}
	wg.Wait()
	sort.Ints(open)
	fmt.Println(len(open), "open of", len(ports))
	for _, p := range open {
		if p == closed {
			fmt.Println("the closed port answered")
		}
	}
}
