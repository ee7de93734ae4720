// difftest: same
package main

// A line calculator server recovering from each request's panic in a
// deferred closure: runtime errors told apart with errors.As into
// runtime.Error, a wrapped *strconv.NumError, a nil map write.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"runtime"
	"strconv"
	"strings"
)

type Request struct {
	Op   string
	Args []int
}

func parse(line string) Request {
	f := strings.Fields(line)
	r := Request{Op: f[0]}
	for _, a := range f[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			panic(fmt.Errorf("bad arg %q: %w", a, err))
		}
		r.Args = append(r.Args, n)
	}
	return r
}

func eval(r Request) int {
	switch r.Op {
	case "add":
		return r.Args[0] + r.Args[1]
	case "div":
		return r.Args[0] / r.Args[1]
	case "nth":
		return r.Args[r.Args[0]]
	}
	var m map[string]int
	m[r.Op] = 1
	return 0
}

func serve(c net.Conn, report chan<- string) {
	defer c.Close()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		func() {
			defer func() {
				if v := recover(); v != nil {
					var re runtime.Error
					var ne *strconv.NumError
					err, isErr := v.(error)
					kind := "value"
					switch {
					case isErr && errors.As(err, &re):
						kind = "runtime"
					case isErr && errors.As(err, &ne):
						kind = "numerr:" + ne.Func
					}
					report <- fmt.Sprintf("recovered (%s): %v", kind, v)
					fmt.Fprintln(c, "ERR")
				}
			}()
			fmt.Fprintln(c, eval(parse(sc.Text())))
		}()
	}
	close(report)
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	report := make(chan string, 16)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c, report)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, l := range []string{"add 2 3", "div 1 0", "nth 5 1 2", "add 1 x", "", "put 1", "add 1"} {
		fmt.Fprintln(c, l)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-10q -> %s", l, reply)
	}
	c.Close()
	for s := range report {
		fmt.Println(s)
	}
}
