// difftest: same
package main

// A line-oriented server's commands, each a struct with a name and a
// function that takes the server, kept in a slice of the server and added
// with append: the interpreter once failed to compile the append (cannot
// use type main.Command as type unsafe2.dummy).

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Command struct {
	Name string
	Help string
	Run  func(*Server, []string) string
}

type Server struct {
	commands []Command
	hits     int
}

func (s *Server) find(name string) (Command, bool) {
	for _, c := range s.commands {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}

func main() {
	s := &Server{}
	s.commands = append(s.commands, Command{Name: "echo", Help: "echo words", Run: func(s *Server, args []string) string {
		s.hits++
		return strings.Join(args, " ")
	}})
	s.commands = append(s.commands, []Command{
		{"count", "count the calls", func(s *Server, _ []string) string { s.hits++; return fmt.Sprint(s.hits) }},
		{"help", "list the commands", func(s *Server, _ []string) string {
			var names []string
			for _, c := range s.commands {
				names = append(names, c.Name+" ("+c.Help+")")
			}
			return strings.Join(names, ", ")
		}},
	}...)
	client, conn := net.Pipe()
	go func() {
		defer conn.Close()
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			c, ok := s.find(f[0])
			if !ok {
				fmt.Fprintln(conn, "unknown command", f[0])
				continue
			}
			fmt.Fprintln(conn, c.Run(s, f[1:]))
		}
	}()
	r := bufio.NewReader(client)
	for _, line := range []string{"echo a b", "count", "help", "nope", "count"} {
		fmt.Fprintln(client, line)
		reply, _ := r.ReadString('\n')
		fmt.Print(line, " => ", reply)
	}
	client.Close()
}
