// difftest: same
package main

// A type with MarshalText and UnmarshalText, for JSON and flags, sent
// with gob: gob leaves those methods out (it encodes the fields, in Go as
// under socklab).

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
)

type Level struct {
	Name string
	Rank int
}

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(l.Name)), nil }

func (l *Level) UnmarshalText(b []byte) error {
	l.Name, l.Rank = strings.ToLower(string(b)), 99
	return nil
}

type Event struct {
	What  string
	Level Level
}

func main() {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(Event{"disk full", Level{"warn", 2}}); err != nil {
		fmt.Println("encode:", err)
		return
	}
	var e Event
	if err := gob.NewDecoder(&buf).Decode(&e); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("gob: %s at %s (rank %d)\n", e.What, e.Level.Name, e.Level.Rank)
	var l Level
	fmt.Println(l.UnmarshalText([]byte("ERROR")), l.Name, l.Rank)
}
