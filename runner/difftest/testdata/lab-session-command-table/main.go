// difftest: same

package main

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strings"
)

type Session struct {
	*bufio.Reader
	w     net.Conn
	name  string
	count int
}

type command struct {
	args int
	run  func(s *Session, args []string) error
}

var errQuit = errors.New("quit")

var commands map[string]command

func init() {
	commands = map[string]command{
		"NICK": {1, func(s *Session, a []string) error { s.name = a[0]; return s.reply("nick is now %s", a[0]) }},
		"SAY":  {-1, func(s *Session, a []string) error { return s.reply("%s says %q", s.name, strings.Join(a, " ")) }},
		"QUIT": {0, func(s *Session, a []string) error {
			s.reply("bye %s after %d commands", s.name, s.count)
			return errQuit
		}},
	}
}

func (s *Session) reply(format string, args ...interface{}) error {
	_, err := fmt.Fprintf(s.w, format+"\n", args...)
	return err
}

func (s *Session) loop() error {
	for {
		line, err := s.ReadString('\n')
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		name := strings.ToUpper(f[0])
		switch cmd, ok := commands[name]; {
		case !ok:
			s.reply("unknown command %s", name)
		case cmd.args >= 0 && cmd.args != len(f)-1:
			s.reply("%s wants %d args, got %d", name, cmd.args, len(f)-1)
		default:
			s.count++
			if err := cmd.run(s, f[1:]); err != nil {
				return err
			}
		}
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	res := make(chan error)
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		s := &Session{Reader: bufio.NewReader(c), w: c, name: "anon"}
		res <- s.loop()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, l := range []string{"say hello there", "nick", "NICK ann", "say hi", "", "dance", "quit now", "quit"} {
		fmt.Fprintln(c, l)
		if l == "" {
			continue
		}
		reply, _ := r.ReadString('\n')
		fmt.Print(reply)
	}
	err := <-res
	fmt.Println(err, errors.Is(err, errQuit), err == errQuit)
}
