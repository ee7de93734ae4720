// difftest: same
package main

// A line protocol's commands, kept in a package-level map from a command's
// name to a function that takes the server (held in a field of the server,
// the table is refused: see net-command-table-self), and a second table of
// method values, which take no server, in a field of a session.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type server struct {
	count int
}

var handlers map[string]func(*server, []string) string

type session struct {
	lines int
	cmds  map[string]func([]string) string
}

func (s *session) stats(args []string) string {
	return fmt.Sprint("lines ", s.lines, " args ", len(args))
}

func count(s *server, args []string) string {
	s.count += len(args)
	return fmt.Sprint("count ", s.count)
}

func main() {
	s := &server{}
	handlers = map[string]func(*server, []string) string{
		"count": count,
		"echo":  func(_ *server, args []string) string { return strings.Join(args, " ") },
	}
	client, conn := net.Pipe()
	go func() {
		defer conn.Close()
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			h, ok := handlers[f[0]]
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
	ss := &session{lines: 4}
	ss.cmds = map[string]func([]string) string{"stats": ss.stats}
	fmt.Println(ss.cmds["stats"]([]string{"x"}))
}
