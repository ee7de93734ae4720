// difftest: same
package main

// A Redis-like protocol (RESP) parsed by hand with bufio: commands arrive
// as arrays of bulk strings (*2\r\n$3\r\nGET\r\n$1\r\nk\r\n), answers are
// simple strings, bulk strings, integers or errors. The client builds the
// commands with a small encoder and prints the raw answers.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

func readCommand(r *bufio.Reader) ([]string, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(line, "*") {
		return nil, errors.New("expected an array")
	}
	n, err := strconv.Atoi(strings.TrimSpace(line[1:]))
	if err != nil {
		return nil, fmt.Errorf("bad array length: %w", err)
	}
	args := make([]string, n)
	for i := range args {
		hdr, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		size, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(hdr, "$")))
		if err != nil {
			return nil, fmt.Errorf("bad bulk length: %w", err)
		}
		buf := make([]byte, size+2)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, err
		}
		args[i] = string(buf[:size])
	}
	return args, nil
}

func encode(args ...string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&sb, "$%d\r\n%s\r\n", len(a), a)
	}
	return sb.String()
}

func serve(conn net.Conn) {
	defer conn.Close()
	data := map[string]string{}
	r := bufio.NewReader(conn)
	for {
		args, err := readCommand(r)
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(conn, "-ERR %v\r\n", err)
			return
		}
		switch strings.ToUpper(args[0]) {
		case "PING":
			io.WriteString(conn, "+PONG\r\n")
		case "SET":
			data[args[1]] = args[2]
			io.WriteString(conn, "+OK\r\n")
		case "GET":
			v, ok := data[args[1]]
			if !ok {
				io.WriteString(conn, "$-1\r\n")
			} else {
				fmt.Fprintf(conn, "$%d\r\n%s\r\n", len(v), v)
			}
		case "STRLEN":
			fmt.Fprintf(conn, ":%d\r\n", len(data[args[1]]))
		default:
			fmt.Fprintf(conn, "-ERR unknown command '%s'\r\n", args[0])
		}
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
		if err == nil {
			serve(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	answer := func() string {
		line, _ := r.ReadString('\n')
		if strings.HasPrefix(line, "$") && line != "$-1\r\n" {
			next, _ := r.ReadString('\n')
			line += next
		}
		return strconv.Quote(line)
	}
	for _, cmd := range [][]string{{"PING"}, {"SET", "greeting", "hello world"}, {"GET", "greeting"}, {"GET", "nothing"}, {"STRLEN", "greeting"}, {"FLY", "away"}} {
		io.WriteString(c, encode(cmd...))
		fmt.Printf("%-30q %s\n", strings.Join(cmd, " "), answer())
	}
	io.WriteString(c, "PING\r\n")
	fmt.Println(answer())
}
