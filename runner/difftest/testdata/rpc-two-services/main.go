// difftest: same
package main

// One server with two services, one of them of a value receiver, called
// from several goroutines at once.

import (
	"fmt"
	"net"
	"net/rpc"
	"sort"
	"strings"
	"sync"
)

type Words struct{}

func (Words) Upper(s string, out *string) error {
	*out = strings.ToUpper(s)
	return nil
}

func (Words) Split(s string, out *[]string) error {
	*out = append(*out, strings.Fields(s)...)
	return nil
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Add(key string, total *int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
	*total = c.n[key]
	return nil
}

func (c *Counter) Snapshot(_ struct{}, out *map[string]int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range c.n {
		(*out)[k] = v
	}
	return nil
}

func main() {
	fmt.Println(rpc.Register(Words{}))
	fmt.Println(rpc.Register(&Counter{n: map[string]int{}}))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go rpc.Accept(l)
	client, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()

	var up string
	fmt.Println(client.Call("Words.Upper", "quiet please", &up), up)
	var parts []string
	fmt.Println(client.Call("Words.Split", "a b  c", &parts), parts, len(parts))

	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var total int
			if err := client.Call("Counter.Add", []string{"x", "y"}[i%2], &total); err != nil {
				fmt.Println(err)
			}
		}()
	}
	wg.Wait()
	var snap map[string]int
	fmt.Println(client.Call("Counter.Snapshot", struct{}{}, &snap))
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
}
