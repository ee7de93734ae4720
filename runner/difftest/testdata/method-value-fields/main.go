// difftest: same
package main

// Method values whose receiver is a field, an element or a package's
// variable: Go evaluates the receiver when it evaluates s.cfg.Greet, so a
// later change of the field does not reach the function it made.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Config struct {
	Banner string
	Upper  bool
}

func (c Config) Greet(name string) string {
	if c.Upper {
		name = strings.ToUpper(name)
	}
	return c.Banner + ", " + name
}

func (c *Config) SetBanner(b string) { c.Banner = b }

// Session embeds the configuration it was opened with.
type Session struct {
	*Config
	user string
}

type Server struct {
	cfg   *Config
	peers []Config
}

var defaults = Config{Banner: "Hello"}

func (s *Server) serve(ln net.Listener, greet func(string) string, done chan<- bool) {
	c, err := ln.Accept()
	if err != nil {
		done <- false
		return
	}
	defer c.Close()
	name, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Fprintln(c, greet(strings.TrimSpace(name)))
	done <- true
}

func main() {
	s := &Server{cfg: &Config{Banner: "Welcome"}, peers: []Config{{Banner: "Hi"}, {Banner: "Yo", Upper: true}}}
	greet := s.cfg.Greet      // copies *s.cfg now
	first := s.peers[0].Greet // copies the element now
	fromDefaults := defaults.Greet
	set := s.cfg.SetBanner // the pointer s.cfg holds now

	old := s.cfg
	s.cfg = &Config{Banner: "Reloaded", Upper: true}
	s.peers[0].Banner = "Changed"
	defaults.Banner = "Changed too"
	set("Set through the old config")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	done := make(chan bool)
	go s.serve(ln, greet, done)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintln(c, "ann")
	reply, _ := bufio.NewReader(c).ReadString('\n')
	c.Close()
	fmt.Print(reply)
	fmt.Println(<-done)
	fmt.Println(first("bob"), "|", fromDefaults("cy"), "|", s.cfg.Greet("dee"))
	fmt.Println(old.Banner, "|", s.cfg.Banner)
	var handlers []func(string) string
	for i := range s.peers {
		handlers = append(handlers, s.peers[i].Greet)
	}
	s.peers[1].Upper = false
	for _, h := range handlers {
		fmt.Println(h("eve"))
	}
	sess := Session{Config: &Config{Banner: "Hey"}, user: "fay"}
	hello := sess.Greet // promoted through *Config: copies the Config now
	sess.Banner = "Bye"
	fmt.Println(hello(sess.user), "|", sess.Greet(sess.user))
}
