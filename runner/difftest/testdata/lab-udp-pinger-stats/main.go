// difftest: same
package main

// The UDP pinger lab's extension: after ten pings, report how many were
// lost and the round trips' minimum, maximum and average (here only
// checked to be ordered, since the times vary). The server loses pings
// 3 and 7.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

type stats struct {
	sent, received int
	rtts           []time.Duration
}

func (s *stats) add(rtt time.Duration) {
	s.received++
	s.rtts = append(s.rtts, rtt)
}

func (s stats) summary() (lo, hi, avg time.Duration) {
	if len(s.rtts) == 0 {
		return
	}
	lo, hi = s.rtts[0], s.rtts[0]
	var sum time.Duration
	for _, r := range s.rtts {
		lo = min(lo, r)
		hi = max(hi, r)
		sum += r
	}
	return lo, hi, sum / time.Duration(len(s.rtts))
}

func main() {
	server, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer server.Close()
	go func() {
		buf := make([]byte, 512)
		for {
			n, addr, err := server.ReadFrom(buf)
			if err != nil {
				return
			}
			fields := strings.Fields(string(buf[:n]))
			seq, _ := strconv.Atoi(fields[1])
			if seq == 3 || seq == 7 {
				continue
			}
			server.WriteTo([]byte(strings.ToUpper(string(buf[:n]))), addr)
		}
	}()

	conn, err := net.Dial("udp", server.LocalAddr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	var st stats
	reply := make([]byte, 512)
	for seq := 1; seq <= 10; seq++ {
		start := time.Now()
		fmt.Fprintf(conn, "Ping %d %d", seq, start.UnixNano())
		st.sent++
		conn.SetReadDeadline(time.Now().Add(time.Second))
		n, err := conn.Read(reply)
		if errors.Is(err, os.ErrDeadlineExceeded) {
			fmt.Printf("ping %2d: Request timed out\n", seq)
			continue
		} else if err != nil {
			fmt.Println("read:", err)
			return
		}
		st.add(time.Since(start))
		fmt.Printf("ping %2d: %s\n", seq, strings.Join(strings.Fields(string(reply[:n]))[:2], " "))
	}
	lo, hi, avg := st.summary()
	fmt.Printf("%d sent, %d received, %.0f%% loss\n", st.sent, st.received, 100*float64(st.sent-st.received)/float64(st.sent))
	fmt.Println("min <= avg <= max:", lo <= avg && avg <= hi, "all positive:", lo > 0)
}
