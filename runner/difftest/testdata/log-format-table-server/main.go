// difftest: same
// A TCP server logs its events through a table of formats chosen by the
// event's kind, with the peer's request, the session it keeps and the
// errors it meets as arguments: the formats are known only at run time,
// and the script's types print with Go's names and fields.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"strings"
)

type Request struct {
	Verb string
	Arg  string
}

type session struct {
	id    int
	count int
}

type BadVerb struct{ Verb string }

func (e *BadVerb) Error() string { return "bad verb " + e.Verb }

var events = map[string]string{
	"open":  "session %d opened (%T)",
	"req":   "session %d: %+v",
	"fail":  "session %d: %v (%T)",
	"close": "session %+v closed: %v",
}

func event(kind string, args ...any) {
	log.Printf("["+kind+"] "+events[kind], args...)
}

func serve(c net.Conn, id int) {
	defer c.Close()
	s := &session{id: id}
	event("open", id, s)
	r := bufio.NewScanner(c)
	for r.Scan() {
		verb, arg, _ := strings.Cut(r.Text(), " ")
		req := Request{verb, arg}
		s.count++
		event("req", id, req)
		if verb != "ECHO" {
			err := fmt.Errorf("session %d: %w", id, &BadVerb{verb})
			event("fail", id, err, errors.Unwrap(err))
			fmt.Fprintln(c, "ERR")
			continue
		}
		fmt.Fprintln(c, arg)
	}
	event("close", *s, io.EOF)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			log.Fatal(err)
		}
		serve(c, 1)
		done <- true
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	in := bufio.NewReader(c)
	for _, line := range []string{"ECHO hi", "PING", "ECHO bye"} {
		fmt.Fprintln(c, line)
		reply, _ := in.ReadString('\n')
		fmt.Print("client got ", reply)
	}
	c.Close()
	<-done
}
