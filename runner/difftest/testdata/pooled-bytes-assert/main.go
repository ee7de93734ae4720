// difftest: same
package main

// A type declared on []byte beside plain []byte values in interfaces:
// a comma-ok assertion, a type switch that also has an interface case,
// %T, and a single-value assertion that fails, as a receiver that sorts
// what it reads by type would do.

import (
	"errors"
	"fmt"
)

// Frame is one message on the wire.
type Frame []byte

// Packet is a message that prints itself.
type Packet []byte

func (p Packet) String() string { return fmt.Sprintf("packet(%d)", len(p)) }

// Event is anything a reader hands on.
type Event interface{}

func kind(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case Frame:
		return fmt.Sprint("frame ", len(x))
	case Packet:
		return "packet " + x.String()
	case []byte:
		return fmt.Sprint("bytes ", len(x))
	}
	return "other"
}

func main() {
	vals := []any{Frame("abc"), []byte("ab"), Packet("xyz"), errors.New("e"), 7}
	for _, v := range vals {
		fmt.Println(kind(v))
		if f, ok := v.(Frame); ok || len(f) > 0 {
			fmt.Println("  a frame:", f)
		}
		var b []byte
		b, ok := v.([]byte)
		fmt.Println("  bytes:", b, ok)
		p, ok2 := v.(Packet)
		fmt.Printf("  packet: %v %v %T\n", p, ok2, v)
	}
	var e Event = []byte("hi")
	if _, ok := e.(Frame); !ok {
		fmt.Println("the event holds no frame")
	}
	fmt.Println(len(e.([]byte)))
	m := map[string]any{"a": Frame("1"), "b": []byte("22")}
	for _, k := range []string{"a", "b"} {
		_, isFrame := m[k].(Frame)
		_, isBytes := m[k].([]byte)
		fmt.Println(k, isFrame, isBytes)
	}
	fmt.Println(string(e.(Frame))) // panics: e holds a []byte
}
