// difftest: refused the interpreter makes an interface type the script declares a struct of its own, which gob cannot encode
package main

// A drawing sent over TCP as a gob value whose field is an interface the
// script declares: Go encodes each shape by its registered name, the
// interpreter's gob meets a struct of the interpreter's with no exported
// fields.

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

type Square struct{ Side float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (s Square) Area() float64 { return s.Side * s.Side }

type Drawing struct {
	Title  string
	Shapes []Shape
}

func main() {
	gob.Register(Rect{})
	gob.Register(Square{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		var d Drawing
		if err := gob.NewDecoder(c).Decode(&d); err != nil {
			fmt.Println("server:", err)
			return
		}
		total := 0.0
		for _, s := range d.Shapes {
			total += s.Area()
		}
		fmt.Printf("%s: %d shapes, area %.1f\n", d.Title, len(d.Shapes), total)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	d := Drawing{Title: "plan", Shapes: []Shape{Rect{2, 3}, Square{4}}}
	if err := gob.NewEncoder(c).Encode(d); err != nil {
		fmt.Println("client:", err)
	}
	c.Close()
	<-done
}
