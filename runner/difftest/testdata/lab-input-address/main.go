// difftest: same
package main

// Project 1's client asks for the server's address and port with input():
// here the address comes from standard input, checked with
// net.ParseIP and strconv, and a wrong answer is asked again. The port
// typed is only checked: the program's own server chose its port, which
// changes from run to run, and the client dials that one. The stdin file
// holds typos first.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

func ask(in *bufio.Scanner, prompt string, ok func(string) error) (string, bool) {
	for {
		fmt.Print(prompt)
		if !in.Scan() {
			fmt.Println()
			return "", false
		}
		answer := strings.TrimSpace(in.Text())
		fmt.Println(answer)
		if err := ok(answer); err != nil {
			fmt.Println("  ", err)
			continue
		}
		return answer, true
	}
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
		fmt.Fprintln(c, "Hello from server")
		c.Close()
	}()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	in := bufio.NewScanner(os.Stdin)
	addr, ok := ask(in, "Enter IPv4 address of server: ", func(s string) error {
		ip := net.ParseIP(s)
		if ip == nil || ip.To4() == nil {
			return fmt.Errorf("%q is not an IPv4 address", s)
		}
		if !ip.IsLoopback() {
			return fmt.Errorf("%s is not this computer; try 127.0.0.1", ip)
		}
		return nil
	})
	if !ok {
		return
	}
	_, ok = ask(in, "Enter port number of server (it is PORT): ", func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		if n < 1 || n > 65535 {
			return fmt.Errorf("port %d is out of range", n)
		}
		return nil
	})
	if !ok {
		return
	}
	c, err := net.Dial("tcp", net.JoinHostPort(addr, port))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	msg, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Print(msg)
}
