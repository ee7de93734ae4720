// difftest: same
package main

// A caching name server over UDP: a client asks for a name in one
// datagram; the server answers from its cache if it can, else from its
// "upstream" table (a map standing in for a real resolver), remembering the
// answer for a number of later questions. It keeps hit and miss counts in
// a struct the cache holds by pointer.

import (
	"fmt"
	"net"
	"strings"
)

type record struct {
	addr string
	ttl  int // questions the answer may still serve
}

type stats struct{ hits, misses, unknown int }

type cache struct {
	records  map[string]*record
	upstream map[string]string
	*stats
}

func (c *cache) resolve(name string) string {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if r, ok := c.records[name]; ok && r.ttl > 0 {
		r.ttl--
		c.hits++
		return fmt.Sprintf("%s %s (cached, %d left)", name, r.addr, r.ttl)
	}
	addr, ok := c.upstream[name]
	if !ok {
		c.unknown++
		return name + " NXDOMAIN"
	}
	c.misses++
	c.records[name] = &record{addr: addr, ttl: 2}
	return fmt.Sprintf("%s %s", name, addr)
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	srv := &cache{
		records:  map[string]*record{},
		upstream: map[string]string{"example.org": "93.184.215.14", "go.dev": "216.239.32.21"},
		stats:    &stats{},
	}
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo([]byte(srv.resolve(string(buf[:n]))), from)
		}
	}()
	conn, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	buf := make([]byte, 512)
	for _, q := range []string{"example.org", "Example.ORG.", "go.dev", "example.org", "example.org", "nowhere.test", "go.dev"} {
		conn.Write([]byte(q))
		n, err := conn.Read(buf)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-14s -> %s\n", q, buf[:n])
	}
	fmt.Printf("%+v\n", *srv.stats)
}
