// difftest: same
package main

// A logger whose encoder is set up only when a file is opened: a method
// value of the nil *json.Encoder is taken without complaint, as Go takes
// a pointer method's value without dereferencing, and panics where it is
// called, inside Encode, before any MarshalJSON of the value runs. The
// first call's panic is recovered and printed; the second ends the
// program with exit status 2.

import (
	"encoding/json"
	"fmt"
	"os"
)

// Severity writes itself as a word, and says when it is asked to.
type Severity int

// MarshalJSON writes the severity as a word.
func (s Severity) MarshalJSON() ([]byte, error) {
	fmt.Println("  (marshalling severity)")
	return json.Marshal([...]string{"info", "warn", "error"}[s])
}

// Entry is one line of the log.
type Entry struct {
	Msg string   `json:"msg"`
	Sev Severity `json:"sev"`
}

type logger struct {
	enc *json.Encoder
}

func (l *logger) open() { l.enc = json.NewEncoder(os.Stdout) }

func try(write func(any) error, e Entry) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println("write:", write(e))
}

func main() {
	var l logger
	write := l.enc.Encode // l.enc is still nil
	fmt.Println("method value taken:", write != nil)
	try(write, Entry{"starting", 0})
	l.open()
	try(l.enc.Encode, Entry{"opened", 1})
	try(write, Entry{"still the nil encoder", 2})
	write(Entry{"unrecovered", 2})
	fmt.Println("not reached")
}
