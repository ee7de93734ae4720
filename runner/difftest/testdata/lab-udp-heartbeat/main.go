// difftest: same
package main

// The UDP heartbeat of the pinger lab: the client sends numbered
// heartbeats; the server notices a gap in the numbers (lost packets) and
// declares the client gone when nothing comes for a while.

import (
	"encoding/binary"
	"fmt"
	"net"
	"time"
)

func monitor(pc net.PacketConn, report chan<- string) {
	defer close(report)
	var last uint32
	buf := make([]byte, 8)
	for {
		pc.SetReadDeadline(time.Now().Add(time.Second))
		n, _, err := pc.ReadFrom(buf)
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			report <- fmt.Sprintf("no heartbeat after %d: client stopped", last)
			return
		}
		if err != nil || n != 4 {
			report <- fmt.Sprintf("bad packet (%d bytes, %v)", n, err)
			return
		}
		seq := binary.BigEndian.Uint32(buf[:4])
		if seq != last+1 {
			report <- fmt.Sprintf("heartbeats %d to %d lost", last+1, seq-1)
		}
		report <- fmt.Sprintf("heartbeat %d", seq)
		last = seq
	}
}

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()
	report := make(chan string)
	go monitor(pc, report)

	c, err := net.Dial("udp", pc.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	go func() {
		defer c.Close()
		for _, seq := range []uint32{1, 2, 3, 6, 7, 10} {
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], seq)
			c.Write(b[:])
			time.Sleep(20 * time.Millisecond)
		}
	}()
	for line := range report {
		fmt.Println(line)
	}
}
