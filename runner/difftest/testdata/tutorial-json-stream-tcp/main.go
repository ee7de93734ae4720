// difftest: same
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

type Kind string

const (
	KindJoin Kind = "join"
	KindSay  Kind = "say"
	KindQuit Kind = "quit"
)

type Message struct {
	Kind    Kind              `json:"kind"`
	From    string            `json:"from"`
	Text    string            `json:"text,omitempty"`
	At      time.Time         `json:"at"`
	Meta    map[string]string `json:"meta,omitempty"`
	private int
}

type Reply struct {
	OK    bool     `json:"ok"`
	Error string   `json:"error,omitempty"`
	Echo  *Message `json:"echo,omitempty"`
	Seq   int      `json:"seq,string"`
}

func serve(c net.Conn) {
	defer c.Close()
	dec := json.NewDecoder(c)
	dec.DisallowUnknownFields()
	enc := json.NewEncoder(c)
	for seq := 1; ; seq++ {
		var m Message
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			enc.Encode(Reply{Error: err.Error(), Seq: seq})
			return
		}
		switch m.Kind {
		case KindJoin, KindSay:
			m.Text = strings.ToUpper(m.Text)
			enc.Encode(Reply{OK: true, Echo: &m, Seq: seq})
		case KindQuit:
			enc.Encode(Reply{OK: true, Seq: seq})
			return
		default:
			enc.Encode(Reply{Error: fmt.Sprintf("unknown kind %q", m.Kind), Seq: seq})
		}
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	enc := json.NewEncoder(c)
	dec := json.NewDecoder(c)
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	msgs := []Message{
		{Kind: KindJoin, From: "ann", At: at},
		{Kind: KindSay, From: "ann", Text: "hello", At: at, Meta: map[string]string{"b": "2", "a": "1"}, private: 3},
		{Kind: "shout", From: "ann"},
		{Kind: KindQuit},
	}
	for _, m := range msgs {
		enc.Encode(m)
		var r Reply
		if err := dec.Decode(&r); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%v %q %d\n", r.OK, r.Error, r.Seq)
		if r.Echo != nil {
			fmt.Printf("  echo %+v\n", *r.Echo)
		}
		b, _ := json.Marshal(r)
		fmt.Println(" ", string(b))
	}
	c.Close()
	c2, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Fprintln(c2, `{"kind":"say","from":"x","extra":1}`)
	var r Reply
	json.NewDecoder(c2).Decode(&r)
	fmt.Println(r.Error, r.Seq)
	var syn *json.SyntaxError
	err := json.Unmarshal([]byte(`{"kind":}`), &r)
	fmt.Println(errors.As(err, &syn), syn.Offset, err)
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"ok":"yes"}`), &r)
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value, ute.Type, err)
	c2.Close()
	ln.Close()
}
