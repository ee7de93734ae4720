// difftest: refused the interpreter builds a function type whose parameters hold the struct being built with a stand-in it never replaces
package main

// A line protocol's server keeps its commands in a field of its own, a
// map from a command's name to a function that takes the server: storing
// one panics under the interpreter, or calling one does ("Call using
// *main.server as type *unsafe2.dummy").

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type server struct {
	count    int
	handlers map[string]func(*server, []string) string
}

func count(s *server, args []string) string {
	s.count += len(args)
	return fmt.Sprint("count ", s.count)
}

func main() {
	s := &server{}
	s.handlers = map[string]func(*server, []string) string{
		"count": count,
		"echo":  func(_ *server, args []string) string { return strings.Join(args, " ") },
	}
	client, conn := net.Pipe()
	go func() {
		defer conn.Close()
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			h, ok := s.handlers[f[0]]
			if !ok {
				fmt.Fprintln(conn, "unknown", f[0])
				continue
			}
			fmt.Fprintln(conn, h(s, f[1:]))
		}
	}()
	r := bufio.NewReader(client)
	for _, line := range []string{"echo hi there", "count a b c", "count d", "nope"} {
		fmt.Fprintln(client, line)
		reply, _ := r.ReadString('\n')
		fmt.Print(line, " => ", reply)
	}
	client.Close()
}
