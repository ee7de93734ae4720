// difftest: same

package main

// gob's errors name a type the script declares on a basic type as Go
// names it (main.Level), sent unregistered in an interface, in a field
// or a map of them; once registered, it travels and decodes as itself.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Level int

type Name string

type Msg struct {
	Body any
	Tags map[string]any
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	fmt.Println(enc.Encode(Msg{Body: Level(2)}))
	fmt.Println(enc.Encode(Msg{Body: 1, Tags: map[string]any{"n": Name("x")}}))
	fmt.Println(enc.Encode(map[string]any{"l": []Level{1}}))
	gob.Register(Level(0))
	gob.Register(Name(""))
	buf.Reset()
	enc = gob.NewEncoder(&buf)
	fmt.Println(enc.Encode(Msg{Body: Level(2), Tags: map[string]any{"n": Name("x")}}))
	var m Msg
	fmt.Println(gob.NewDecoder(&buf).Decode(&m))
	fmt.Printf("%v %T %v\n", m.Body, m.Body, m.Tags["n"])
}
