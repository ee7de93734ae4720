// difftest: same
package main

// Reads commands from stdin with bufio.Reader.ReadString, parses them with
// fmt.Sscanf and fmt.Sscan (printing their errors), and ends with os.Exit(3)
// on "quit": the deferred print never runs, and output written so far
// through a bufio.Writer is flushed by hand first.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type account struct {
	name    string
	balance int
}

func main() {
	defer fmt.Println("deferred: never printed")
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	accts := map[string]*account{}
	for lineNo := 1; ; lineNo++ {
		line, err := in.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			fmt.Fprintln(out, "read:", err)
			break
		}
		line = strings.TrimRight(line, "\r\n")
		var cmd, name string
		var amount int
		n, serr := fmt.Sscanf(line, "%s %s %d", &cmd, &name, &amount)
		switch {
		case cmd == "quit":
			fmt.Fprintf(out, "%d: bye, %d accounts\n", lineNo, len(accts))
			out.Flush()
			os.Exit(3)
		case serr != nil:
			fmt.Fprintf(out, "%d: %q: parsed %d: %v\n", lineNo, line, n, serr)
		case cmd == "open":
			accts[name] = &account{name, amount}
			fmt.Fprintf(out, "%d: opened %s with %d\n", lineNo, name, amount)
		case cmd == "add":
			a, ok := accts[name]
			if !ok {
				fmt.Fprintf(out, "%d: no account %s\n", lineNo, name)
				continue
			}
			a.balance += amount
			fmt.Fprintf(out, "%d: %s now %d\n", lineNo, name, a.balance)
		default:
			var x, y float64
			k, err := fmt.Sscan(strings.TrimPrefix(line, cmd), &x, &y)
			fmt.Fprintln(out, lineNo, "sscan:", k, x, y, err)
		}
		if errors.Is(err, io.EOF) {
			fmt.Fprintln(out, "end of input without quit")
			break
		}
	}
	out.Flush()
}
