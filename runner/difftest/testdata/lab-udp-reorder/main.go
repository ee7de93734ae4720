// difftest: same
package main

// Reliable delivery over UDP, the simple way: the client numbers its
// datagrams and sends them out of order; the server keeps them in a map
// by number, acknowledges each, and delivers them in order once the gap
// is filled. A duplicate is acknowledged again and ignored.

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

func server(pc net.PacketConn, total int, delivered chan<- string) {
	pending := map[int]string{}
	next := 1
	buf := make([]byte, 256)
	for next <= total {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		seqStr, text, _ := strings.Cut(string(buf[:n]), "|")
		seq, _ := strconv.Atoi(seqStr)
		pc.WriteTo([]byte("ACK "+seqStr), from)
		if seq < next || pending[seq] != "" {
			delivered <- fmt.Sprintf("(duplicate %d ignored)", seq)
			continue
		}
		pending[seq] = text
		for pending[next] != "" {
			delivered <- fmt.Sprintf("%d: %s", next, pending[next])
			delete(pending, next)
			next++
		}
	}
	close(delivered)
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	words := []string{"the", "packets", "arrive", "in", "order"}
	delivered := make(chan string, 20)
	go server(pc, len(words), delivered)

	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	ack := make([]byte, 32)
	for _, seq := range []int{2, 1, 4, 4, 3, 5} {
		fmt.Fprintf(c, "%d|%s", seq, words[seq-1])
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := c.Read(ack)
		if err != nil {
			fmt.Println("lost ack:", err)
			continue
		}
		fmt.Printf("sent %d, got %s\n", seq, ack[:n])
	}
	for line := range delivered {
		fmt.Println(line)
	}
}
