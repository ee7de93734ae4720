// difftest: same
package main

// A tiny name server over UDP, in the spirit of the DNS lessons: a query is
// an ID (uint16) and a name; the answer repeats the ID, a status byte and
// the IPv4 address. The client matches answers to queries by ID, and a
// name the server does not know gets status 3 (NXDOMAIN).

import (
	"encoding/binary"
	"fmt"
	"net"
	"net/netip"
	"time"
)

var zone = map[string]netip.Addr{
	"www.school.test":  netip.MustParseAddr("10.0.0.80"),
	"mail.school.test": netip.MustParseAddr("10.0.0.25"),
}

func serve(pc net.PacketConn) {
	buf := make([]byte, 512)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		if n < 2 {
			continue
		}
		id := binary.BigEndian.Uint16(buf)
		name := string(buf[2:n])
		reply := binary.BigEndian.AppendUint16(nil, id)
		if addr, ok := zone[name]; ok {
			reply = append(reply, 0)
			a4 := addr.As4()
			reply = append(reply, a4[:]...)
		} else {
			reply = append(reply, 3)
		}
		pc.WriteTo(reply, from)
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	go serve(pc)

	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	names := []string{"www.school.test", "ftp.school.test", "mail.school.test"}
	for i, name := range names {
		id := uint16(0x1000 + i)
		q := binary.BigEndian.AppendUint16(nil, id)
		c.Write(append(q, name...))
		c.SetReadDeadline(time.Now().Add(time.Second))
		buf := make([]byte, 64)
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println(name, "no answer:", err)
			continue
		}
		gotID := binary.BigEndian.Uint16(buf)
		switch {
		case gotID != id:
			fmt.Printf("%s: answer for another query %#04x\n", name, gotID)
		case buf[2] == 3:
			fmt.Printf("%-17s NXDOMAIN (id %#x)\n", name, gotID)
		case n == 7:
			addr := netip.AddrFrom4([4]byte(buf[3:7]))
			fmt.Printf("%-17s %v private=%t (id %#x)\n", name, addr, addr.IsPrivate(), gotID)
		default:
			fmt.Printf("%s: %d bytes % x\n", name, n, buf[:n])
		}
	}
}
