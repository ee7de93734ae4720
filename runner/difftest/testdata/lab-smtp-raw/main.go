// difftest: same
package main

// The SMTP lab against a local fake mail server: the client speaks the
// dialogue by hand (HELO, MAIL FROM, RCPT TO, DATA, the message, ".",
// QUIT) and checks each reply code, as the Kurose-Ross lab asks. The
// server records the message it would deliver.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func fakeSMTP(conn net.Conn, got chan<- []string) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	w := bufio.NewWriter(conn)
	reply := func(s string) { w.WriteString(s + "\r\n"); w.Flush() }
	reply("220 mail.example.test ESMTP fake")
	var message []string
	inData := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		line = strings.TrimRight(line, "\r\n")
		if inData {
			if line == "." {
				inData = false
				reply("250 OK: queued as 1")
				continue
			}
			message = append(message, line)
			continue
		}
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		switch verb {
		case "HELO", "EHLO":
			reply("250 Hello " + strings.TrimPrefix(line, verb+" "))
		case "MAIL", "RCPT":
			reply("250 OK")
		case "DATA":
			inData = true
			reply("354 End data with <CR><LF>.<CR><LF>")
		case "QUIT":
			reply("221 Bye")
			got <- message
			return
		default:
			reply("500 unrecognised command " + verb)
		}
	}
	got <- message
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	got := make(chan []string, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			fakeSMTP(c, got)
		}
	}()

	clientSocket, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer clientSocket.Close()
	r := bufio.NewReader(clientSocket)
	expect := func(code string) {
		recv, _ := r.ReadString('\n')
		fmt.Print("S: ", recv[:len(recv)-2], "\n")
		if !strings.HasPrefix(recv, code) {
			fmt.Println(code + " reply not received from server.")
		}
	}
	send := func(cmd, code string) {
		fmt.Println("C:", cmd)
		clientSocket.Write([]byte(cmd + "\r\n"))
		expect(code)
	}
	expect("220")
	send("HELO Alice", "250")
	send("MAIL FROM:<alice@example.test>", "250")
	send("RCPT TO:<bob@example.test>", "250")
	send("VRFY bob", "252")
	send("DATA", "354")
	clientSocket.Write([]byte("Subject: test\r\n\r\nI love computer networks!\r\n"))
	send(".", "250")
	send("QUIT", "221")
	for i, line := range <-got {
		fmt.Printf("message line %d: %q\n", i+1, line)
	}
}
