// difftest: same
package main

// One Sender interface, two transports: over TCP each message is a line,
// over UDP a datagram. The program sends the same messages through both
// and a receiver of each prints them; a fake transport for tests records
// them in memory.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Sender interface {
	Send(msg string) error
	Close() error
}

type tcpSender struct{ conn net.Conn }

func (t *tcpSender) Send(msg string) error {
	_, err := fmt.Fprintln(t.conn, msg)
	return err
}
func (t *tcpSender) Close() error { return t.conn.Close() }

type udpSender struct{ conn net.Conn }

func (u udpSender) Send(msg string) error {
	_, err := u.conn.Write([]byte(msg))
	return err
}
func (u udpSender) Close() error { return u.conn.Close() }

type fakeSender struct{ sent []string }

func (f *fakeSender) Send(msg string) error { f.sent = append(f.sent, msg); return nil }
func (f *fakeSender) Close() error          { return nil }

func broadcast(s Sender, msgs []string) error {
	defer s.Close()
	for _, m := range msgs {
		if err := s.Send(m); err != nil {
			return fmt.Errorf("sending %q with %T: %w", m, s, err)
		}
	}
	return nil
}

func main() {
	msgs := []string{"alpha", "beta", "gamma"}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	tcpGot := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		sc := bufio.NewScanner(c)
		var lines []string
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		tcpGot <- strings.Join(lines, ",")
	}()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer pc.Close()

	tc, _ := net.Dial("tcp", ln.Addr().String())
	uc, _ := net.Dial("udp", pc.LocalAddr().String())
	fake := &fakeSender{}
	for _, s := range []Sender{&tcpSender{tc}, udpSender{uc}, fake} {
		fmt.Printf("%T: %v\n", s, broadcast(s, msgs))
	}
	fmt.Println("tcp receiver:", <-tcpGot)
	buf := make([]byte, 64)
	var dgrams []string
	for range msgs {
		n, _, err := pc.ReadFrom(buf)
		if err != nil {
			break
		}
		dgrams = append(dgrams, string(buf[:n]))
	}
	fmt.Println("udp receiver:", strings.Join(dgrams, ","))
	fmt.Println("fake:", fake.sent)
	fmt.Println("after close:", broadcast(&tcpSender{tc}, []string{"late"}) != nil)
}
