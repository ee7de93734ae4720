// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"
)

type Kind uint8

const (
	Shout Kind = iota + 1
	Echo
	Whisper
)

func (k Kind) String() string {
	switch k {
	case Shout:
		return "SHOUT"
	case Echo:
		return "echo"
	case Whisper:
		return "whisper"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

type Line struct {
	Kind Kind
	Text string
}

func echo(c net.Conn, shout string, delay time.Duration, out chan<- Line) {
	out <- Line{Shout, strings.ToUpper(shout)}
	time.Sleep(delay)
	out <- Line{Echo, shout}
	time.Sleep(delay)
	out <- Line{Whisper, strings.ToLower(shout)}
}

func handle(c net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	in := bufio.NewScanner(c)
	for in.Scan() {
		out := make(chan Line)
		go func() {
			echo(c, in.Text(), time.Millisecond, out)
			close(out)
		}()
		for l := range out {
			fmt.Fprintf(c, "\t%v %q\n", l.Kind, l.Text)
		}
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	var wg sync.WaitGroup
	go func() {
		c, _ := ln.Accept()
		wg.Add(1)
		handle(c, &wg)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(c, "Hello")
	fmt.Fprintln(c, "Is anyone there")
	c.(*net.TCPConn).CloseWrite()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Printf("%v %d %x %q %+v %#v\n", Whisper, Whisper, Echo, Shout, Line{Echo, "x"}, Line{Kind(9), "y"})
	fmt.Printf("%T %T\n", Echo, Line{})
}
