// difftest: same
// Messages declared inside the functions that send them, through gob (one
// of them not registered) and JSON: the errors name the types as Go does,
// as socklab moves the types to the top level.
package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Kind string
	Body any
}

func sendAll(msgs ...any) {
	for _, m := range msgs {
		var buf bytes.Buffer
		err := gob.NewEncoder(&buf).Encode(Envelope{fmt.Sprintf("%T", m), m})
		if err != nil {
			fmt.Println("gob:", err)
			continue
		}
		var got Envelope
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			fmt.Println("gob:", err)
			continue
		}
		fmt.Printf("%s %v\n", got.Kind, got.Body)
	}
}

func main() {
	type Join struct {
		User string
		Room int
	}
	type Leave struct {
		User string
	}
	type Ping struct{ Seq int }
	gob.Register(Join{})
	gob.Register(Leave{})
	sendAll(Join{"ana", 2}, Leave{"bo"}, Ping{7})

	type Config struct {
		Port  int      `json:"port"`
		Hosts []string `json:"hosts"`
	}
	var c Config
	err := json.Unmarshal([]byte(`{"port":"80","hosts":["a"]}`), &c)
	fmt.Println("json:", err)
	b, _ := json.Marshal(map[string]any{"cfg": Config{8080, []string{"x"}}})
	fmt.Println(string(b))
}
