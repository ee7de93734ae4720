// difftest: same
package main

// A directory tree whose nodes hold their children and a Mode that
// encodes itself as text, and a linked list of hops whose Addr has a
// pointer-receiver MarshalJSON: encoding/json calls each method as it
// meets it, however deep the value goes, and prints what the methods do
// in that order.

import (
	"encoding/json"
	"fmt"
)

// Mode is a file's permission bits.
type Mode uint32

// MarshalText writes the mode in octal, and says so.
func (m Mode) MarshalText() ([]byte, error) {
	fmt.Printf("mode %o\n", uint32(m))
	return []byte(fmt.Sprintf("0%o", uint32(m))), nil
}

// Node is a file or a directory.
type Node struct {
	Name     string `json:"name"`
	Mode     Mode   `json:"mode"`
	Children []Node `json:"children,omitempty"`
	size     int
}

// Addr is a hop's address.
type Addr struct{ IP string }

// MarshalJSON writes the address as a string.
func (a *Addr) MarshalJSON() ([]byte, error) {
	fmt.Println("addr", a.IP)
	return json.Marshal("ip:" + a.IP)
}

// Hop is one step of a route.
type Hop struct {
	At   Addr
	Next *Hop `json:",omitempty"`
}

func main() {
	root := Node{Name: "/", Mode: 0o755, Children: []Node{
		{Name: "etc", Mode: 0o755, Children: []Node{{Name: "hosts", Mode: 0o644}}},
		{Name: "tmp", Mode: 0o1777, size: 4},
	}}
	b, err := json.Marshal(root)
	fmt.Println(string(b), err)
	route := Hop{Addr{"10.0.0.1"}, &Hop{Addr{"10.0.1.1"}, &Hop{At: Addr{"8.8.8.8"}}}}
	b, err = json.Marshal(route)
	fmt.Println(string(b), err)
}
