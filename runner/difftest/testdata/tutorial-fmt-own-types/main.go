// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
)

type MsgType byte

const (
	Hello MsgType = iota
	Data
	Bye
)

var names = [...]string{"HELLO", "DATA", "BYE"}

func (m MsgType) String() string {
	if int(m) < len(names) {
		return names[m]
	}
	return "MsgType(" + fmt.Sprint(byte(m)) + ")"
}

type Header struct {
	Type  MsgType
	Len   uint16
	Flags [2]byte
}

type Packet struct {
	Header
	Body []byte
	Err  error
	From *Peer
}

type Peer struct {
	Name string
	ip   netip.Addr
}

func (p *Peer) String() string { return "peer:" + p.Name }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type ProtoErr struct {
	Code int
	Msg  string
}

func (e ProtoErr) Error() string { return fmt.Sprintf("proto %d: %s", e.Code, e.Msg) }

func main() {
	p := Packet{Header: Header{Data, 5, [2]byte{1, 2}}, Body: []byte("hello"), From: &Peer{"bob", netip.MustParseAddr("127.0.0.1")}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", p.Header)
	fmt.Printf("%T %T %T %T\n", p, p.Header, &p, p.Type)
	fmt.Printf("%v %d %q %x %s\n", Bye, Bye, Bye, Bye, MsgType(7))
	fmt.Printf("%v %+v\n", Pair[string, MsgType]{"k", Hello}, Pair[int, []MsgType]{1, []MsgType{Data, Bye}})
	fmt.Printf("%T\n", Pair[string, MsgType]{})
	m := map[MsgType]int{Bye: 3, Hello: 1, Data: 2}
	fmt.Println(m)
	var np *Peer
	fmt.Printf("%v %s\n", np, []*Peer{{Name: "a"}, nil})
	var e error = ProtoErr{4, "bad"}
	w := fmt.Errorf("read: %w", e)
	fmt.Printf("%v | %+v | %#v\n", w, e, ProtoErr{4, "bad"})
	var pe ProtoErr
	fmt.Println(errors.As(w, &pe), pe.Code)
	ch := make(chan<- Packet)
	fmt.Printf("%T %T %T\n", ch, main, names)
	ip := net.IPv4(127, 0, 0, 1)
	fmt.Printf("%v %s %q %x\n", ip, ip.To4(), ip, []byte(ip.To4()))
	a := netip.MustParseAddrPort("127.0.0.1:8080")
	fmt.Printf("%v %+v %s\n", a, a.Addr(), a)
	fmt.Printf("%v %#v\n", p.From.ip, Header{})
	fmt.Printf("%6.2v|%-8v|%08b\n", 3.14159, Data, Bye)
}
