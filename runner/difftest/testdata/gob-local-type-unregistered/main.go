// difftest: same
package main

// Messages of several kinds sent through one field of type any, with the
// message types declared where they are used, inside main, and one of
// them forgotten in the registrations: gob refuses it, and says which
// (socklab moves the types to the top level, where it names them).

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Envelope struct {
	Seq  int
	Body any
}

func main() {
	type Hello struct{ Name string }
	type Bye struct{ Reason string }
	gob.Register(Hello{})

	var wire bytes.Buffer
	enc := gob.NewEncoder(&wire)
	for i, body := range []any{Hello{"ann"}, Bye{"done"}} {
		if err := enc.Encode(Envelope{i, body}); err != nil {
			fmt.Println("send:", err)
			continue
		}
		fmt.Println("sent", i)
	}

	dec := gob.NewDecoder(&wire)
	var env Envelope
	for dec.Decode(&env) == nil {
		fmt.Printf("got %d: %v\n", env.Seq, env.Body)
	}
}
