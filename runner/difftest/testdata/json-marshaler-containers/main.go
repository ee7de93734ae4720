// difftest: same
package main

// A port scanner's summary, where State encodes itself as a word: in a
// slice, an array, a map's values, a nested struct and through pointers,
// printed with json.Marshal and json.MarshalIndent.

import (
	"encoding/json"
	"fmt"
)

// State is what a probe found on a port.
type State int

const (
	Closed State = iota
	Open
	Filtered
)

// MarshalJSON writes the state's name.
func (s State) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"closed", "open", "filtered"}[s])
}

// Port is one probed port.
type Port struct {
	Number int   `json:"port"`
	State  State `json:"state"`
}

// Scan is a host's result.
type Scan struct {
	Host    string           `json:"host"`
	Ports   []Port           `json:"ports"`
	ByName  map[string]State `json:"by_name"`
	Last    [2]State         `json:"last"`
	Worst   *State           `json:"worst"`
	Summary []*State         `json:"summary,omitempty"`
	note    string
}

func main() {
	worst := Filtered
	s := Scan{
		Host:    "10.0.0.7",
		Ports:   []Port{{22, Open}, {23, Closed}, {8080, Filtered}},
		ByName:  map[string]State{"ssh": Open, "telnet": Closed},
		Last:    [2]State{Closed, Open},
		Worst:   &worst,
		Summary: []*State{&worst, nil},
		note:    "not sent",
	}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(s.Ports[:2], "", "  ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(map[string][]State{"web": {Open, Open}, "db": nil}, "> ", "\t")
	fmt.Println(string(b), err)
	states := []State{Open, Filtered}
	b, err = json.Marshal(&states)
	fmt.Println(string(b), err)
}
