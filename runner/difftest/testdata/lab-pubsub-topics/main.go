// difftest: same
package main

// A publish/subscribe server over TCP: "SUB topic" subscribes a
// connection, "PUB topic message" sends the message to every subscriber of
// the topic and answers with how many got it. Subscribers are kept in a
// map from topic to a set of channels, behind a mutex.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string]map[chan string]bool
}

func (b *Broker) Subscribe(topic string, ch chan string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs[topic] == nil {
		b.subs[topic] = map[chan string]bool{}
	}
	b.subs[topic][ch] = true
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs[topic] {
		ch <- topic + ": " + msg
	}
	return len(b.subs[topic])
}

func (b *Broker) handle(conn net.Conn) {
	defer conn.Close()
	out := make(chan string, 16)
	done := make(chan struct{})
	go func() {
		for m := range out {
			fmt.Fprintln(conn, m)
		}
		close(done)
	}()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		cmd, rest, _ := strings.Cut(sc.Text(), " ")
		switch cmd {
		case "SUB":
			b.Subscribe(rest, out)
			out <- "subscribed to " + rest
		case "PUB":
			topic, msg, _ := strings.Cut(rest, " ")
			out <- fmt.Sprintf("delivered to %d", b.Publish(topic, msg))
		default:
			out <- "unknown command " + cmd
		}
	}
}

func main() {
	b := &Broker{subs: map[string]map[chan string]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go b.handle(c)
		}
	}()
	type peer struct {
		name string
		c    net.Conn
		r    *bufio.Scanner
	}
	connect := func(name string) *peer {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		return &peer{name, c, bufio.NewScanner(c)}
	}
	send := func(p *peer, line string) {
		fmt.Fprintln(p.c, line)
		p.r.Scan()
		fmt.Printf("%s> %s\n  %s\n", p.name, line, p.r.Text())
	}
	hear := func(p *peer) {
		p.r.Scan()
		fmt.Printf("  %s hears %s\n", p.name, p.r.Text())
	}
	alice, bob, carol := connect("alice"), connect("bob"), connect("carol")
	send(alice, "SUB weather")
	send(bob, "SUB weather")
	send(bob, "SUB sport")
	send(carol, "PUB weather sunny")
	hear(alice)
	hear(bob)
	send(carol, "PUB sport 2-1")
	hear(bob)
	send(carol, "PUB music jazz")
	send(alice, "UNSUB weather")
}
