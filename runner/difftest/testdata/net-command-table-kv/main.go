// difftest: same
package main

// A tiny key-value server whose commands are a map of structs holding
// function literals, with errors.As into *strconv.NumError.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
)

var ErrUsage = errors.New("usage error")

type store map[string]int

type command struct {
	args int
	run  func(s store, args []string) (string, error)
}

var commands = map[string]command{
	"SET": {2, func(s store, a []string) (string, error) {
		n, err := strconv.Atoi(a[1])
		if err != nil {
			return "", fmt.Errorf("SET %s: %w", a[1], err)
		}
		s[a[0]] = n
		return "OK", nil
	}},
	"GET": {1, func(s store, a []string) (string, error) {
		v, ok := s[a[0]]
		if !ok {
			return "(nil)", nil
		}
		return strconv.Itoa(v), nil
	}},
	"INCR": {1, func(s store, a []string) (string, error) {
		s[a[0]]++
		return strconv.Itoa(s[a[0]]), nil
	}},
	"KEYS": {0, func(s store, a []string) (string, error) {
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, ","), nil
	}},
}

func handle(s store, line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "ERR empty"
	}
	cmd, ok := commands[strings.ToUpper(fields[0])]
	if !ok {
		return fmt.Sprintf("ERR unknown command %q", fields[0])
	}
	if len(fields)-1 != cmd.args {
		return fmt.Sprintf("ERR %v: %s wants %d args", ErrUsage, fields[0], cmd.args)
	}
	out, err := cmd.run(s, fields[1:])
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return fmt.Sprintf("ERR bad number %q (%v)", ne.Num, ne.Err)
	}
	if err != nil {
		return "ERR " + err.Error()
	}
	return out
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		s := store{}
		sc := bufio.NewScanner(c)
		w := bufio.NewWriter(c)
		for sc.Scan() {
			fmt.Fprintf(w, "%s\r\n", handle(s, sc.Text()))
			w.Flush()
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	defer c.Close()
	r := bufio.NewReader(c)
	for _, l := range []string{"set a 1", "SET b x", "GET a", "get zz", "INCR a", "INCR c", "KEYS", "FLY", "GET", "", "set big 99999999999999999999"} {
		fmt.Fprintf(c, "%s\n", l)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-32q %q\n", l, strings.TrimRight(reply, "\r\n"))
	}
}
