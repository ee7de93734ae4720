// difftest: same
package main

// A chat server's events, built as map[string]any and as structs with a
// field of type any, whose values are of types with methods (a Stringer
// struct, a named slice, a named int): encoding/json encodes the values
// themselves, as Go does, not the interpreter's wrapper of them ({}).

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Peer is a connected client.
type Peer struct {
	Name string
	Port int
}

func (p Peer) String() string { return fmt.Sprintf("%s@%d", p.Name, p.Port) }

// Rooms are the rooms a peer has joined.
type Rooms []string

func (r Rooms) String() string { return strings.Join(r, ",") }

// Level is how loud an event is.
type Level int

func (l Level) String() string { return [...]string{"info", "warn"}[l] }

// Event is one line of the server's log.
type Event struct {
	Kind string
	Who  any
	Data map[string]any
}

func main() {
	ann := Peer{"ann", 40001}
	rooms := Rooms{"lobby", "go"}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"joined": ann, "rooms": rooms, "level": Level(1)})
	enc.Encode(Event{Kind: "say", Who: ann, Data: map[string]any{"to": rooms, "peers": []any{ann, &ann, nil}}})
	var who any = ann
	b, err := json.Marshal(who)
	fmt.Println(string(b), err, who)
	b, err = json.MarshalIndent([]any{rooms, Level(0), ann}, "", "  ")
	fmt.Println(string(b), err)

	// Back in: decoded into a pointer that an interface holds, and into
	// fresh maps.
	var back Peer
	var into any = &back
	err = json.Unmarshal([]byte(`{"Name":"bob","Port":40002}`), into)
	fmt.Println(back, err)
	var ev map[string]any
	err = json.Unmarshal(b, &ev)
	fmt.Println(ev, err)
}
