// difftest: same
package main

// A handshake written as a tutorial writes it, with its message types
// declared inside the function that uses them: the client says Hello,
// the server answers with a Welcome. The server reads the greeting into
// the wrong kind of value first, and then the client reads the answer
// into a list: gob's errors name the local types of the stream, Hello
// and Welcome, as a Go build's do.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

func handshake() {
	type Hello struct {
		Name    string
		Version int
	}
	type Welcome struct {
		Motd  string
		Hello Hello
	}

	var wire bytes.Buffer
	if err := gob.NewEncoder(&wire).Encode(Hello{"ann", 2}); err != nil {
		fmt.Println("send hello:", err)
		return
	}
	var version int
	err := gob.NewDecoder(&wire).Decode(&version)
	fmt.Println("server:", err)

	wire.Reset()
	enc := gob.NewEncoder(&wire)
	if err := enc.Encode(&Welcome{"hi ann", Hello{"ann", 2}}); err != nil {
		fmt.Println("send welcome:", err)
		return
	}
	var lines []string
	err = gob.NewDecoder(&wire).Decode(&lines)
	fmt.Println("client:", err)
}

func main() {
	handshake()
	type Hello struct{ Name string }
	var wire bytes.Buffer
	gob.NewEncoder(&wire).Encode(Hello{"bob"})
	var n float64
	fmt.Println("main:", gob.NewDecoder(&wire).Decode(&n))
}
