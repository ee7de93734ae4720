// difftest: same
package main

// A chat room keeping its members in maps keyed by net.Conn and by
// net.Addr, deleting one when its client leaves.

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

type room struct {
	mu      sync.Mutex
	members map[net.Conn]string
	byAddr  map[net.Addr]string
}

func (r *room) join(c net.Conn, name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.members[c] = name
	r.byAddr[c.RemoteAddr()] = name
}

func (r *room) leave(c net.Conn) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	name := r.members[c]
	delete(r.members, c)
	return name
}

func (r *room) names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, n := range r.members {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	r := &room{members: map[net.Conn]string{}, byAddr: map[net.Addr]string{}}
	var joined, left sync.WaitGroup
	joined.Add(3)
	left.Add(1)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				sc := bufio.NewScanner(c)
				sc.Scan()
				r.join(c, sc.Text())
				joined.Done()
				for sc.Scan() {
				}
				name := r.leave(c)
				if name == "amy" {
					fmt.Println("left:", name)
				}
				c.Close()
				left.Done()
			}()
		}
	}()
	var conns []net.Conn
	for _, n := range []string{"zed", "amy", "bob"} {
		c, _ := net.Dial("tcp", ln.Addr().String())
		fmt.Fprintln(c, n)
		conns = append(conns, c)
	}
	joined.Wait()
	fmt.Println(strings.Join(r.names(), ","), len(r.byAddr))
	conns[1].Close()
	left.Wait()
	fmt.Println(strings.Join(r.names(), ","))
	_, ok := r.members[conns[0]]
	fmt.Println("client conn is a key:", ok)
	left.Add(2)
	conns[0].Close()
	conns[2].Close()
	left.Wait()
	fmt.Println(len(r.names()))
}
