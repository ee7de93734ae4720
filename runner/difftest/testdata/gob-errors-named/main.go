// difftest: same
package main

// gob's errors name the types they are about as Go names them: a value
// of a type not registered, sent in an interface; a stream of one struct
// decoded into another that shares no field with it, or into an int, or
// an int decoded into a struct.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Pos struct{ X, Y int }

type Chat struct{ Text string }

type Move struct {
	From, To Pos
}

type Envelope struct {
	Seq  int
	Body any
}

func main() {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(Envelope{Seq: 1, Body: Move{}})
	fmt.Println("unregistered:", err)

	buf.Reset()
	if err := gob.NewEncoder(&buf).Encode(Chat{"hi"}); err != nil {
		fmt.Println(err)
	}
	var p Pos
	fmt.Println("no fields matched:", gob.NewDecoder(&buf).Decode(&p))

	buf.Reset()
	if err := gob.NewEncoder(&buf).Encode(7); err != nil {
		fmt.Println(err)
	}
	fmt.Println("not a struct:", gob.NewDecoder(&buf).Decode(&p))

	buf.Reset()
	if err := gob.NewEncoder(&buf).Encode(Move{From: Pos{1, 2}}); err != nil {
		fmt.Println(err)
	}
	var m Move
	fmt.Println("ok:", gob.NewDecoder(&buf).Decode(&m), m)
}
