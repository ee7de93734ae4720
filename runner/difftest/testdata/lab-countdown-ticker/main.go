// difftest: same
package main

// A countdown server: for each client it counts down from the number the
// client sends, one line per tick of a time.Ticker, then says "liftoff"
// and stops the ticker. The client prints the lines as they come.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

func countdown(c net.Conn) {
	defer c.Close()
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	n, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || n < 0 || n > 10 {
		fmt.Fprintf(c, "cannot count down from %q\n", strings.TrimSpace(line))
		return
	}
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()
	for ; n > 0; n-- {
		<-ticker.C
		fmt.Fprintln(c, n)
	}
	fmt.Fprintln(c, "liftoff")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go countdown(c)
		}
	}()
	for _, from := range []string{"5", "0", "ten", "11"} {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintln(c, from)
		sc := bufio.NewScanner(c)
		var got []string
		for sc.Scan() {
			got = append(got, sc.Text())
		}
		c.Close()
		fmt.Printf("from %s: %s\n", from, strings.Join(got, " "))
	}
}
