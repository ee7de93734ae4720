// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type server struct {
	nicks map[string]bool
}

func (s *server) command(line string) string {
	cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	switch strings.ToUpper(cmd) {
	case "NICK":
		if arg == "" {
			return "ERR need a name"
		}
		if s.nicks[arg] {
			return "ERR taken"
		}
		s.nicks[arg] = true
		return "OK " + arg
	case "LIST":
		return fmt.Sprintf("USERS %d", len(s.nicks))
	case "QUIT":
		return "BYE"
	default:
		return "ERR unknown command " + cmd
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	s := &server{nicks: map[string]bool{}}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			reply := s.command(sc.Text())
			fmt.Fprintln(c, reply)
			if reply == "BYE" {
				return
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, cmd := range []string{"NICK ann", "NICK ann", "nick", "LIST", "HELLO", "QUIT"} {
		fmt.Fprintln(c, cmd)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-9s -> %s", cmd, reply)
	}
	_, err = r.ReadString('\n')
	fmt.Println("after QUIT:", err)
}
