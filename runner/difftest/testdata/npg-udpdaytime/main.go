// difftest: same
package main

// UDP daytime, as in Network Programming with Go: the server answers
// each datagram with the date, to the address it came from; the client
// sends an empty request and reads one reply.

import (
	"fmt"
	"net"
	"os"
	"time"
)

func checkError(err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "Fatal error %s", err.Error())
		os.Exit(1)
	}
}

func handleClient(conn *net.UDPConn, day time.Time) {
	var buf [512]byte
	n, addr, err := conn.ReadFromUDP(buf[0:])
	if err != nil {
		return
	}
	fmt.Printf("server: %d bytes from a client on loopback: %v\n", n, addr.IP.IsLoopback())
	conn.WriteToUDP([]byte(day.Format(time.RFC1123)), addr)
}

func main() {
	udpAddr, err := net.ResolveUDPAddr("udp4", "127.0.0.1:0")
	checkError(err)
	conn, err := net.ListenUDP("udp", udpAddr)
	checkError(err)
	defer conn.Close()
	done := make(chan bool)
	go func() {
		for i := 0; i < 2; i++ {
			handleClient(conn, time.Date(2023, 12, 25+i, 8, 30, 0, 0, time.UTC))
		}
		done <- true
	}()

	server := conn.LocalAddr().(*net.UDPAddr)
	for i := 0; i < 2; i++ {
		c, err := net.DialUDP("udp", nil, server)
		checkError(err)
		_, err = c.Write([]byte("anything"))
		checkError(err)
		var buf [512]byte
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := c.Read(buf[0:])
		checkError(err)
		fmt.Println(string(buf[0:n]))
		c.Close()
	}
	<-done
}
