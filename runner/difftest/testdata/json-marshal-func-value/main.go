// difftest: same
package main

// json.Marshal and an Encoder's Encode taken as function values, beside a
// type with its own MarshalJSON.

import (
	"encoding/json"
	"fmt"
	"os"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([...]string{"low", "high"}[l]) }

type Status struct {
	Name  string
	Level Level
}

func main() {
	marshal := json.Marshal
	b, _ := marshal(Status{"srv", 1})
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	send := enc.Encode
	send(Status{"x", 0})
}
