// difftest: same
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
	"strings"
)

// handle answers one line in capitals and logs, when it returns, that the
// connection is done: with Lshortfile, log names the line where it returns.
func handle(c net.Conn) error {
	defer c.Close()
	defer log.Printf("done with %s", "client")
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		log.Println("read:", err)
	}
	fmt.Fprint(c, strings.ToUpper(line))
	return nil
}

// check logs at its closing brace, then panics while its deferred calls run.
func check(words []string) {
	for _, w := range words {
		defer log.Print("checked ", w)
	}
	if len(words) > 2 {
		panic("too many words")
	}
}

func safeCheck(words []string) {
	defer func() {
		if r := recover(); r != nil {
			log.Println("recovered:", r)
		}
	}()
	check(words)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("srv: ")
	defer log.Println("main returns")

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	defer ln.Close()
	served := make(chan bool)
	go func() {
		defer close(served)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		handle(c)
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintln(c, "hello")
	reply, _ := bufio.NewReader(c).ReadString('\n')
	<-served // the server has logged that it is done
	fmt.Print("reply: ", reply)
	c.Close()

	safeCheck([]string{"a", "b"})
	safeCheck([]string{"a", "b", "c"})
}
