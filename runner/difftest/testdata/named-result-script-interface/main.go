// difftest: same
package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Command is one request of a small key-value protocol.
type Command interface {
	Apply(store map[string]int) string
}

type Set struct {
	Key string
	Val int
}

type Get struct{ Key string }

func (s Set) Apply(store map[string]int) string {
	store[s.Key] = s.Val
	return "OK"
}

func (g Get) Apply(store map[string]int) string {
	v, ok := store[g.Key]
	if !ok {
		return "NOT FOUND"
	}
	return strconv.Itoa(v)
}

// parse returns a nil Command for an empty line, with named results as
// the protocol's tutorial writes them.
func parse(line string) (cmd Command, err error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return
	}
	switch strings.ToUpper(f[0]) {
	case "SET":
		if len(f) != 3 {
			err = fmt.Errorf("SET wants a key and a value")
			return
		}
		n, convErr := strconv.Atoi(f[2])
		if convErr != nil {
			err = fmt.Errorf("SET %s: %w", f[1], convErr)
			return
		}
		cmd = Set{f[1], n}
	case "GET":
		cmd = Get{f[1]}
	default:
		err = fmt.Errorf("unknown command %q", f[0])
	}
	return
}

func main() {
	store := map[string]int{}
	for _, line := range []string{"SET a 1", "", "GET a", "SET b x", "GET b", "DEL a", "   "} {
		cmd, err := parse(line)
		switch {
		case err != nil:
			fmt.Println("ERR", err)
		case cmd == nil:
			fmt.Printf("%q: nothing to do (%v)\n", line, cmd)
		default:
			fmt.Printf("%q: %s\n", line, cmd.Apply(store))
		}
	}
	last := new(Command)
	fmt.Println(*last == nil, *last)
}
