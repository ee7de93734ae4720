// difftest: same
package main

// A chat hub hands each event to a send callback: an Encoder's Encode
// taken as a method value, bound to the client's encoder. The hub then
// opens a new log, and the callback still writes to the encoder it was
// bound to, as Go evaluates the receiver of a method value where it is
// taken. Kind writes itself as a word.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Kind is what happened in the room.
type Kind int

const (
	Joined Kind = iota
	Said
	Left
)

// MarshalText writes the kind as a word, for values and map keys alike.
func (k Kind) MarshalText() ([]byte, error) {
	return []byte([...]string{"joined", "said", "left"}[k]), nil
}

// Event is one line of the room's history.
type Event struct {
	Kind Kind   `json:"kind"`
	Who  string `json:"who"`
	Text string `json:"text,omitempty"`
}

// Tally counts the events of each kind.
type Tally struct {
	Counts map[Kind]int `json:"counts"`
}

func replay(history []Event, send func(any) error) int {
	sent := 0
	for _, e := range history {
		if err := send(e); err != nil {
			fmt.Println("send:", err)
			continue
		}
		sent++
	}
	return sent
}

func main() {
	history := []Event{{Joined, "ann", ""}, {Said, "ann", "hi all"}, {Joined, "bob", ""}, {Left, "ann", ""}}
	var client bytes.Buffer
	enc := json.NewEncoder(&client)
	send := enc.Encode
	var audit strings.Builder
	enc = json.NewEncoder(&audit) // a new log: send stays bound to the client's encoder
	n := replay(history[:2], send)
	n += replay(history[2:], enc.Encode)
	t := Tally{Counts: map[Kind]int{}}
	for _, e := range history {
		t.Counts[e.Kind]++
	}
	_ = send(t)
	fmt.Printf("sent %d events\nclient:\n%saudit:\n%s", n, client.String(), audit.String())
}
