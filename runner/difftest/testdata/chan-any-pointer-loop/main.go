// difftest: same
package main

// A chat client's reader goroutine sends each line it reads as a
// *Message on a chan any, built in the loop, beside its errors; the main
// loop takes them out with a type switch and a comma-ok assertion. Each
// message must be the one sent, not the one the loop built after it.

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

type Message struct {
	From, Text string
	Seq        int
}

func (m *Message) String() string { return fmt.Sprintf("#%d %s: %s", m.Seq, m.From, m.Text) }

func (m *Message) Shout() { m.Text = strings.ToUpper(m.Text) }

func reader(input string, out chan<- any) {
	sc := bufio.NewScanner(strings.NewReader(input))
	seq := 0
	for sc.Scan() {
		from, text, ok := strings.Cut(sc.Text(), ": ")
		if !ok {
			out <- errors.New("malformed line: " + sc.Text())
			continue
		}
		seq++
		out <- &Message{From: from, Text: text, Seq: seq}
	}
	close(out)
}

func main() {
	in := "ann: hello\nbob: hi ann\nnoise\nann: how are you?\nbob: fine\n"
	events := make(chan any)
	go reader(in, events)
	var kept []*Message
	for ev := range events {
		switch e := ev.(type) {
		case *Message:
			if e.From == "bob" {
				e.Shout()
			}
			kept = append(kept, e)
			fmt.Println("got", e)
		case error:
			fmt.Println("error:", e)
		}
		if m, ok := ev.(*Message); ok && m.Seq == 1 {
			fmt.Println("first message from", m.From)
		}
	}
	for _, m := range kept {
		fmt.Println(m.Seq, m.Text)
	}
}
