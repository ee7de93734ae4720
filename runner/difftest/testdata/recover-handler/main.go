// difftest: same
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// A session is what a client of a line-based server has said so far.
type session struct {
	history []string
	vars    map[string]string // made on first use, or not: the bug under test
}

// handle answers one command line; a command that panics costs the client
// an error reply, not the server.
func (s *session) handle(line string) (reply string) {
	defer func() {
		if r := recover(); r != nil {
			reply = fmt.Sprintf("ERR %v", r)
			if _, ok := r.(runtime.Error); ok {
				reply += " (a runtime error)"
			}
		}
	}()
	s.history = append(s.history, line)
	parts := strings.Fields(line)
	switch parts[0] {
	case "set":
		s.vars[parts[1]] = parts[2]
		return "OK"
	case "back":
		n, err := strconv.Atoi(parts[1])
		if err != nil {
			return "ERR " + err.Error()
		}
		return s.history[len(s.history)-1-n]
	case "upper":
		return strings.ToUpper(line[len(parts[0])+1:])
	case "div":
		a, _ := strconv.Atoi(parts[1])
		b, _ := strconv.Atoi(parts[2])
		return strconv.Itoa(a / b)
	}
	return "ERR unknown command " + parts[0]
}

func main() {
	s := &session{}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println(s.handle(in.Text()))
	}
}
