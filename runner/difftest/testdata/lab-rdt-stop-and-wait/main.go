// difftest: same
package main

// Reliable data transfer, rdt 3.0 of the Kurose-Ross textbook, over UDP:
// stop-and-wait with an alternating bit. The receiver loses the second
// packet once and the ACK of the fourth once (on purpose, so the run is
// the same each time); the sender retransmits on a timeout, and the
// receiver detects the duplicate by its bit and delivers each message once.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

type receiver struct {
	pc        net.PacketConn
	expect    byte
	seen      int
	delivered []string
	log       []string
}

func (r *receiver) run(total int, done chan<- bool) {
	buf := make([]byte, 512)
	for len(r.delivered) < total {
		n, from, err := r.pc.ReadFrom(buf)
		if err != nil {
			break
		}
		r.seen++
		bit, msg := buf[0], string(buf[1:n])
		if r.seen == 2 {
			r.log = append(r.log, "lost packet "+msg)
			continue
		}
		if bit != r.expect {
			r.log = append(r.log, "duplicate "+msg+", ACK again")
			r.pc.WriteTo([]byte{bit}, from)
			continue
		}
		r.delivered = append(r.delivered, msg)
		r.expect ^= 1
		if msg == "four" && !strings.Contains(strings.Join(r.log, ","), "lost ACK") {
			r.log = append(r.log, "lost ACK of "+msg)
			continue
		}
		r.pc.WriteTo([]byte{bit}, from)
	}
	done <- true
}

func send(c net.Conn, msgs []string) (retransmits int) {
	var bit byte
	ack := make([]byte, 1)
	for _, m := range msgs {
		for {
			c.Write(append([]byte{bit}, m...))
			c.SetReadDeadline(time.Now().Add(700 * time.Millisecond))
			_, err := c.Read(ack)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				retransmits++
				continue
			}
			if err != nil || ack[0] != bit {
				continue
			}
			break
		}
		bit ^= 1
	}
	return retransmits
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	msgs := []string{"one", "two", "three", "four", "five"}
	r := &receiver{pc: pc}
	done := make(chan bool)
	go r.run(len(msgs), done)
	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	n := send(c, msgs)
	<-done
	fmt.Println("retransmissions:", n)
	fmt.Println("delivered:", r.delivered)
	for _, l := range r.log {
		fmt.Println("receiver:", l)
	}
}
