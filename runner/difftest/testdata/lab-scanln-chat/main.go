// difftest: same
package main

// The chat with input() written the way many first Go programs read the
// keyboard: fmt.Scanln into a string (one word), fmt.Scan for a number,
// and bufio for a whole line, mixed on standard input (the stdin file).
// The server echoes what the client sends, with a counter.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
)

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
		sc := bufio.NewScanner(c)
		for n := 1; sc.Scan(); n++ {
			fmt.Fprintf(c, "#%d %s\n", n, sc.Text())
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	replies := bufio.NewReader(c)
	send := func(s string) {
		fmt.Fprintln(c, s)
		r, _ := replies.ReadString('\n')
		fmt.Print("server: ", r)
	}

	var name string
	fmt.Print("Your name: ")
	n, err := fmt.Scanln(&name)
	fmt.Println(name, n, err)
	send("hello from " + name)

	var times int
	fmt.Print("How many greetings? ")
	_, err = fmt.Scan(&times)
	fmt.Println(times, err)
	for i := 0; i < times; i++ {
		send(fmt.Sprintf("greeting %d", i+1))
	}

	var bad int
	fmt.Print("A number again: ")
	_, err = fmt.Scan(&bad)
	fmt.Println(bad, err)

	in := bufio.NewReader(os.Stdin)
	rest, _ := in.ReadString('\n')
	fmt.Printf("rest of that line: %q\n", rest)
	line, err := in.ReadString('\n')
	fmt.Printf("a whole line: %q %v\n", line, err)
	send(strings.TrimSpace(line))
	_, err = in.ReadString('\n')
	fmt.Println("then:", err)
}
