// difftest: same
package main

// net/rpc's JSON codec on the server's side: jsonrpc.ServeConn and
// ServeCodec with jsonrpc.NewServerCodec.

import (
	"bufio"
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"strings"
)

type Point struct{ X, Y int }

type Geometry struct{}

func (Geometry) Manhattan(p [2]Point, d *int) error {
	abs := func(n int) int {
		if n < 0 {
			return -n
		}
		return n
	}
	*d = abs(p[0].X-p[1].X) + abs(p[0].Y-p[1].Y)
	return nil
}

func (Geometry) Mirror(p Point, out *Point) error {
	if p.X == 0 && p.Y == 0 {
		return fmt.Errorf("nothing to mirror")
	}
	*out = Point{-p.X, -p.Y}
	return nil
}

func main() {
	rpc.Register(Geometry{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		first := true
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			if first {
				go jsonrpc.ServeConn(conn)
			} else {
				go rpc.ServeCodec(jsonrpc.NewServerCodec(conn))
			}
			first = false
		}
	}()
	client, err := jsonrpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	var d int
	fmt.Println(client.Call("Geometry.Manhattan", [2]Point{{1, 2}, {4, -2}}, &d), d)
	var m Point
	fmt.Println(client.Call("Geometry.Mirror", Point{3, 4}, &m), m)
	fmt.Println(client.Call("Geometry.Mirror", Point{}, &m), m)
	client.Close()

	// The wire, by hand: one JSON object per request and per reply.
	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	for _, req := range []string{
		`{"method":"Geometry.Mirror","params":[{"X":5,"Y":-6}],"id":7}`,
		`{"method":"Geometry.Nothing","params":[{}],"id":8}`,
		`{"method":"Geometry.Mirror","params":["five"],"id":9}`,
	} {
		fmt.Fprintln(conn, req)
		line, err := r.ReadString('\n')
		fmt.Println(strings.TrimSpace(line), err)
	}
}
