// difftest: same
package main

// A JSON-lines log written with a json.Encoder, whose entries hold a
// Severity that encodes itself: the Encoder calls the method as
// json.Marshal does, with its indent and HTML escaping settings.

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Severity is how bad an event is.
type Severity int

// MarshalJSON writes the severity as a word, in angle brackets.
func (s Severity) MarshalJSON() ([]byte, error) {
	if s > 2 {
		return nil, fmt.Errorf("severity %d out of range", int(s))
	}
	return json.Marshal("<" + [...]string{"low", "mid", "high"}[s] + ">")
}

// Event is one logged event.
type Event struct {
	What     string   `json:"what"`
	Severity Severity `json:"severity"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	for _, e := range []Event{{"login", 0}, {"port scan", 2}} {
		if err := enc.Encode(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode([]Event{{"reboot", 1}}); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	err := json.NewEncoder(&sb).Encode(&Event{"meltdown", 5})
	fmt.Printf("%q %v\n", sb.String(), err)
}
