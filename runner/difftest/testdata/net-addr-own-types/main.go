// difftest: same
package main

import (
	"fmt"
	"net"
)

type nameAddr string

func (a nameAddr) Network() string { return "name" }
func (a nameAddr) String() string  { return "name:" + string(a) }

type slotAddr struct {
	Rack, Slot int
}

func (a slotAddr) Network() string { return "slot" }
func (a slotAddr) String() string  { return fmt.Sprintf("rack%d/slot%d", a.Rack, a.Slot) }

type chanAddr struct{ id int }

func (a *chanAddr) Network() string { return "chan" }
func (a *chanAddr) String() string  { return fmt.Sprintf("chan#%d", a.id) }

type endpoint interface {
	LocalAddr() net.Addr
}

type node struct{ addr net.Addr }

func (n node) LocalAddr() net.Addr { return n.addr }

func main() {
	addrs := []net.Addr{nameAddr("alpha"), slotAddr{2, 7}, &chanAddr{9}, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 80}}
	for _, a := range addrs {
		fmt.Printf("%T %v %s %q\n", a, a, a.Network(), a.String())
	}
	for _, a := range []net.Addr{nameAddr("alpha"), &chanAddr{9}} {
		fmt.Printf("%T %v\n", a, a)
	}
	var e endpoint = node{slotAddr{1, 1}}
	la := e.LocalAddr()
	fmt.Printf("%T %v\n", la, la)
	fmt.Printf("%#v %+v\n", la, la)
	fmt.Printf("%#v\n", addrs[0])
	e = node{nameAddr("gamma")}
	fmt.Printf("%T\n", e.LocalAddr())
	fmt.Println(la, addrs[0])
	m := map[string]net.Addr{"n": nameAddr("beta")}
	fmt.Printf("%T %v\n", m["n"], m["n"])
}
