// difftest: same
package main

// A command server driven by a table: a map from command name to a
// handler function (closures, some sharing state), with a help command
// that lists the table in order. Unknown commands and wrong argument
// counts get their own answers.

import (
	"bufio"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
)

type command struct {
	args int
	help string
	run  func(args []string) string
}

func newTable() map[string]command {
	counter := 0
	var history []string
	table := map[string]command{
		"echo":  {-1, "echo words back", func(a []string) string { return strings.Join(a, " ") }},
		"add":   {2, "add two integers", add},
		"count": {0, "count the calls", func([]string) string { counter++; return strconv.Itoa(counter) }},
		"rev":   {1, "reverse a word", func(a []string) string { r := []rune(a[0]); slices.Reverse(r); return string(r) }},
	}
	table["history"] = command{0, "commands so far", func([]string) string { return strings.Join(history, ",") }}
	wrapped := map[string]command{}
	for name, c := range table {
		run := c.run
		c.run = func(a []string) string {
			history = append(history, name)
			return run(a)
		}
		wrapped[name] = c
	}
	wrapped["help"] = command{0, "this list", func([]string) string {
		names := make([]string, 0, len(wrapped))
		for n := range wrapped {
			names = append(names, n)
		}
		slices.Sort(names)
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "%s(%s) ", n, wrapped[n].help)
		}
		return strings.TrimSpace(b.String())
	}}
	return wrapped
}

func add(a []string) string {
	x, err1 := strconv.Atoi(a[0])
	y, err2 := strconv.Atoi(a[1])
	if err1 != nil || err2 != nil {
		return "add needs integers"
	}
	return strconv.Itoa(x + y)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		table := newTable()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 0 {
				fmt.Fprintln(c, "say something")
				continue
			}
			cmd, ok := table[f[0]]
			switch {
			case !ok:
				fmt.Fprintf(c, "unknown command %q, try help\n", f[0])
			case cmd.args >= 0 && cmd.args != len(f)-1:
				fmt.Fprintf(c, "%s takes %d arguments, not %d\n", f[0], cmd.args, len(f)-1)
			default:
				fmt.Fprintln(c, cmd.run(f[1:]))
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, line := range []string{"help", "echo a  b c", "add 2 40", "add 2", "add x 1", "count", "count", "rev socket", "", "jump", "history"} {
		fmt.Fprintln(c, line)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-12q %s", line, reply)
	}
}
