// difftest: same
package main

// Project 4, a chat in turns: the server types first, then the client, each
// line read from standard input (here, the lines of the stdin file in
// turn: server, client, server, ...). Both ends print what they are told.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
)

var input = bufio.NewScanner(os.Stdin)

func prompt(who string) (string, bool) {
	fmt.Printf("[%s] Input message: ", who)
	if !input.Scan() {
		fmt.Println()
		return "", false
	}
	fmt.Println(input.Text())
	return input.Text(), true
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	serverDone := make(chan bool)
	go func() {
		chat, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		defer chat.Close()
		r := bufio.NewReader(chat)
		for {
			msg, ok := prompt("server")
			if !ok {
				break
			}
			// Say so before sending: once the line is sent, the client prints.
			fmt.Println("WAITING FOR CLIENT ...")
			fmt.Fprintln(chat, msg)
			line, err := r.ReadString('\n')
			if err != nil {
				fmt.Println("client left")
				break
			}
			fmt.Println("Client wrote: " + strings.TrimRight(line, "\n"))
		}
		serverDone <- true
	}()

	fmt.Println("WAITING FOR SERVER ...")
	chat, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(chat)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("server left")
			break
		}
		fmt.Println("Server wrote: " + strings.TrimSuffix(line, "\n"))
		msg, ok := prompt("client")
		if !ok {
			break
		}
		fmt.Println("WAITING FOR SERVER ...")
		fmt.Fprintln(chat, msg)
	}
	chat.Close()
	<-serverDone
}
