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

// reply answers one line of a chat server's protocol, "NICK name",
// "MSG to text..." or "ROLL n", taking its words straight from the line:
// a line with too few words panics, and the panic becomes the reply.
func reply(line string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			_, rt := r.(runtime.Error)
			out = fmt.Sprintf("ERR %v (runtime error: %v)", r, rt)
		}
	}()
	cmd := strings.ToUpper(strings.Fields(line)[0])
	switch cmd {
	case "NICK":
		return "OK nick " + strings.Fields(line)[1]
	case "MSG":
		to := strings.Fields(line)[1]
		return "OK to " + to + ": " + strings.Join(strings.Fields(line)[2:], " ")
	case "ROLL":
		n, _ := strconv.Atoi(strings.Fields(line)[1])
		faces := []string{"one", "two", "three", "four", "five", "six"}
		stars := strings.Repeat("*", n)[:n]
		return "OK " + faces[n-1] + " " + stars
	}
	return "ERR unknown " + cmd
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println(reply(in.Text()))
	}
}
