// difftest: same
package main

// A command parser that logs, with log.Lshortfile, when each call is
// done: Go names the return statement that ran, the closing brace where
// the function ends without one, and the runtime's line in a panic.

import (
	"errors"
	"log"
	"net"
	"os"
	"strconv"
	"strings"
)

func parse(line string) (string, int, error) {
	defer log.Printf("parsed %q", "command")
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "", 0, errors.New("empty line")
	}
	if len(fields) == 1 {
		return fields[0],
			0, nil
	}
	n, err := strconv.Atoi(fields[1])
	if err != nil {
		return "", 0, err
	}
	return fields[0], n, nil
}

func serve(c net.Conn, quiet bool) {
	defer c.Close()
	defer log.Println("connection closed")
	if quiet {
		return
	}
	log.Println("serving", c.LocalAddr())
}

func mustPositive(n int) int {
	defer log.Println("checked")
	if n < 0 {
		panic("negative")
	}
	return n
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	for _, line := range []string{"", "QUIT", "GET 3", "GET x"} {
		cmd, n, err := parse(line)
		log.Println(cmd, n, err)
	}
	a, b := net.Pipe()
	defer b.Close()
	serve(a, true)
	c, d := net.Pipe()
	defer d.Close()
	serve(c, false)
	func() {
		defer func() { log.Println("recovered:", recover()) }()
		mustPositive(1)
		mustPositive(-1)
	}()
}
