// difftest: same
package main

// A student's logger type for a server: Info and Error methods that take
// a message (not the error interface's Error), counting what they log; at
// the end the server prints its logger's counters with %v and %+v. The
// clients send commands, some bad.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type ServerLog struct {
	Name   string
	Infos  int
	Errors int
	lines  []string
}

func (l *ServerLog) Info(msg string) {
	l.Infos++
	l.lines = append(l.lines, "INFO  "+msg)
}

func (l *ServerLog) Error(msg string) {
	l.Errors++
	l.lines = append(l.lines, "ERROR "+msg)
}

func main() {
	log := &ServerLog{Name: "echo-server"}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			log.Error("accept: " + err.Error())
			return
		}
		defer c.Close()
		log.Info("client connected")
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			cmd, arg, _ := strings.Cut(sc.Text(), " ")
			switch cmd {
			case "ECHO":
				log.Info("echo " + arg)
				fmt.Fprintln(c, arg)
			case "UPPER":
				log.Info("upper " + arg)
				fmt.Fprintln(c, strings.ToUpper(arg))
			default:
				log.Error(fmt.Sprintf("unknown command %q", cmd))
				fmt.Fprintln(c, "ERR")
			}
		}
		log.Info("client left")
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, line := range []string{"ECHO hello", "SHOUT hi", "UPPER quiet", "", "ECHO bye"} {
		fmt.Fprintln(c, line)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-12q %s", line, reply)
	}
	c.Close()
	<-done
	ln.Close()
	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Println(*log)
	fmt.Printf("%s: %d infos, %d errors\n%+v\n", log.Name, log.Infos, log.Errors, *log)
}
