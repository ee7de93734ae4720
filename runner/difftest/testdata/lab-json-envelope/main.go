// difftest: same
package main

// A JSON protocol with an envelope: every line is {"type": ..., "data":
// ...}; the receiver reads the type first and decodes the data, kept as
// json.RawMessage, into the struct for that type. Unknown types and bad
// data are reported.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Login struct {
	User string `json:"user"`
}

type Move struct {
	X, Y int
}

type Chat struct {
	To   []string `json:"to"`
	Text string   `json:"text"`
}

func send(c net.Conn, typ string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		return err
	}
	line, err := json.Marshal(Envelope{typ, raw})
	if err != nil {
		return err
	}
	_, err = c.Write(append(line, '\n'))
	return err
}

func handle(line []byte) string {
	var env Envelope
	if err := json.Unmarshal(line, &env); err != nil {
		return "bad envelope: " + err.Error()
	}
	switch env.Type {
	case "login":
		var l Login
		if err := json.Unmarshal(env.Data, &l); err != nil {
			return "bad login: " + err.Error()
		}
		return "login " + l.User
	case "move":
		var m Move
		if err := json.Unmarshal(env.Data, &m); err != nil {
			return "bad move: " + err.Error()
		}
		return fmt.Sprintf("move %+v", m)
	case "chat":
		var ch Chat
		if err := json.Unmarshal(env.Data, &ch); err != nil {
			return "bad chat: " + err.Error()
		}
		return fmt.Sprintf("chat to %v: %s", ch.To, ch.Text)
	}
	return fmt.Sprintf("unknown type %q (data %s)", env.Type, env.Data)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan []string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		var out []string
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			out = append(out, handle(sc.Bytes()))
		}
		done <- out
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	send(c, "login", Login{"ann"})
	send(c, "move", Move{3, 4})
	send(c, "chat", Chat{[]string{"bob", "cy"}, "hi <both> & all"})
	send(c, "move", map[string]string{"X": "left"})
	send(c, "dance", []int{1, 2})
	c.Write([]byte("{not json}\n"))
	fmt.Println(send(c, "bad", func() {}))
	c.Close()
	for _, line := range <-done {
		fmt.Println(line)
	}
}
