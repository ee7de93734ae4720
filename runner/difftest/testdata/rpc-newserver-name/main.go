// difftest: same
package main

// A server of its own, made with NewServer, its service registered under
// a name of the program's, served connection by connection.

import (
	"fmt"
	"net"
	"net/rpc"
)

type Temps struct{ readings []float64 }

type Stats struct {
	Count    int
	Min, Max float64
}

func (t *Temps) Record(v float64, n *int) error {
	t.readings = append(t.readings, v)
	*n = len(t.readings)
	return nil
}

func (t *Temps) Stats(_ int, s *Stats) error {
	s.Count = len(t.readings)
	for i, v := range t.readings {
		if i == 0 || v < s.Min {
			s.Min = v
		}
		if i == 0 || v > s.Max {
			s.Max = v
		}
	}
	return nil
}

func main() {
	srv := rpc.NewServer()
	if err := srv.RegisterName("Weather", &Temps{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(srv.RegisterName("Weather", &Temps{}))
	fmt.Println(srv.Register(&Temps{}))

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go srv.ServeConn(conn)
		}
	}()
	for _, v := range []float64{12.5, -3, 20.25} {
		client, err := rpc.Dial("tcp", l.Addr().String())
		if err != nil {
			panic(err)
		}
		var n int
		err = client.Call("Weather.Record", v, &n)
		fmt.Println(n, err)
		client.Close()
	}
	client, err := rpc.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	var s Stats
	fmt.Println(client.Call("Weather.Stats", 0, &s), s)
	fmt.Println(client.Call("Temps.Stats", 0, &s))
	client.Close()

	// The default server knows nothing of it.
	l2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go rpc.Accept(l2)
	client, err = rpc.Dial("tcp", l2.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Println(client.Call("Weather.Stats", 0, &s))
	client.Close()
}
