// difftest: same
package main

// reverb1 and reverb2 of chapter 8 of The Go Programming Language: the
// echo server answers each shout with the text in upper case, as is, and
// in lower case, a pause between; reverb2 echoes each shout in a goroutine
// of its own, so the echoes of two shouts interleave. The delays are
// milliseconds here, and the client reads the echoes of one shout (or
// of the two at once, sorted) before it shouts again.

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"time"
)

func echo(c net.Conn, shout string, delay time.Duration) {
	fmt.Fprintln(c, "\t", strings.ToUpper(shout))
	time.Sleep(delay)
	fmt.Fprintln(c, "\t", shout)
	time.Sleep(delay)
	fmt.Fprintln(c, "\t", strings.ToLower(shout))
}

func handleConn(c net.Conn, concurrent bool) {
	input := bufio.NewScanner(c)
	for input.Scan() {
		if concurrent {
			go echo(c, input.Text(), 10*time.Millisecond)
		} else {
			echo(c, input.Text(), 5*time.Millisecond)
		}
	}
	// NOTE: ignoring potential errors from input.Err()
	c.Close()
}

func session(concurrent bool) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			handleConn(c, concurrent)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	read := func(n int) []string {
		var lines []string
		for i := 0; i < n; i++ {
			line, err := r.ReadString('\n')
			if err != nil {
				break
			}
			lines = append(lines, line)
		}
		return lines
	}
	fmt.Fprintln(conn, "Hello?")
	fmt.Print(strings.Join(read(3), ""))
	fmt.Fprintln(conn, "Is there anybody there?")
	fmt.Fprintln(conn, "Yooo-hooo!")
	both := read(6)
	sort.Strings(both)
	fmt.Print(strings.Join(both, ""))
}

func main() {
	fmt.Println("reverb1:")
	session(false)
	fmt.Println("reverb2:")
	session(true)
}
