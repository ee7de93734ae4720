// difftest: same
package main

// A chat over UDP: clients send "HELLO name" to join, then lines of text;
// the server relays each line, prefixed with the sender's name, to every
// other client it knows (by address, in a map). Each client prints what
// it receives; they speak in turn so the order is fixed.

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func relay(pc net.PacketConn) {
	names := map[string]string{}
	var order []net.Addr
	buf := make([]byte, 1024)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		text := string(buf[:n])
		if name, ok := strings.CutPrefix(text, "HELLO "); ok {
			names[from.String()] = name
			order = append(order, from)
			pc.WriteTo([]byte("welcome "+name), from)
			continue
		}
		sender := names[from.String()]
		if sender == "" {
			pc.WriteTo([]byte("say HELLO first"), from)
			continue
		}
		for _, a := range order {
			if a.String() != from.String() {
				pc.WriteTo([]byte(sender+": "+text), a)
			}
		}
	}
}

type client struct {
	name string
	conn net.Conn
}

func (c client) recv() string {
	buf := make([]byte, 1024)
	c.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := c.conn.Read(buf)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(buf[:n])
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	go relay(pc)
	var clients []client
	for _, name := range []string{"ann", "bob", "cy"} {
		c, err := net.Dial("udp", pc.LocalAddr().String())
		if err != nil {
			panic(err)
		}
		defer c.Close()
		cl := client{name, c}
		fmt.Fprintf(c, "HELLO %s", name)
		fmt.Printf("%s <- %s\n", name, cl.recv())
		clients = append(clients, cl)
	}
	stranger, _ := net.Dial("udp", pc.LocalAddr().String())
	defer stranger.Close()
	stranger.Write([]byte("hi all"))
	fmt.Println("stranger <-", client{"?", stranger}.recv())

	for i, cl := range clients {
		fmt.Fprintf(cl.conn, "message %d from %s", i+1, cl.name)
		for j, other := range clients {
			if j != i {
				fmt.Printf("%s <- %s\n", other.name, other.recv())
			}
		}
	}
}
