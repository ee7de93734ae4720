// difftest: same
package main

// A dial function of the script's own returns a concrete connection type
// and an error; its results are assigned to variables declared as
// net.Conn and error, returned from a function declared to give them, and
// a health check's error struct value goes to an error variable in a loop.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strings"
)

type loggedConn struct {
	net.Conn
	name string
	log  *[]string
}

func (c *loggedConn) Write(p []byte) (int, error) {
	*c.log = append(*c.log, fmt.Sprintf("%s> %q", c.name, p))
	return c.Conn.Write(p)
}

type DialError struct {
	Name   string
	Reason string
}

func (e DialError) Error() string { return "dial " + e.Name + ": " + e.Reason }

func dialLogged(addr, name string, log *[]string) (*loggedConn, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &loggedConn{c, name, log}, nil
}

func connect(addr, name string, log *[]string) (net.Conn, error) {
	return dialLogged(addr, name, log)
}

func health(name string, up bool) (bool, DialError) {
	if up {
		return true, DialError{}
	}
	return false, DialError{name, "marked down"}
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
			go func() {
				defer c.Close()
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					fmt.Fprintln(c, strings.ToUpper(sc.Text()))
				}
			}()
		}
	}()

	var log []string
	var conn net.Conn
	conn, err = dialLogged(ln.Addr().String(), "first", &log)
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(conn, "hello")
	reply, _ := bufio.NewReader(conn).ReadString('\n')
	fmt.Print(reply)
	conn.Close()

	second, err := connect(ln.Addr().String(), "second", &log)
	fmt.Printf("%T %v\n", second, err)
	fmt.Fprintln(second, "again")
	reply, _ = bufio.NewReader(second).ReadString('\n')
	fmt.Print(reply)
	second.Close()
	fmt.Println(strings.Join(log, "\n"))

	var up bool
	for _, name := range []string{"alpha", "beta"} {
		up, err = health(name, name == "alpha")
		var de DialError
		fmt.Println(name, up, err, errors.As(err, &de) && de.Reason != "")
	}
}
