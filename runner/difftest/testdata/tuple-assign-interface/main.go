// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Assignments of several values to variables of interface types: nil, a
// value of an interface type, a value of a type the program declares with
// methods; in a statement, an if's and a for's.
type Hello struct{ From string }

func (h Hello) Kind() string { return "hello" }

type Name string

func (n Name) Short() Name { return n[:1] }

type Msg interface{ Kind() string }

func read(r io.Reader) (n int, err error) {
	buf := make([]byte, 4)
	total := 0
	for {
		n, err = r.Read(buf)
		total += n
		if err == io.EOF {
			n, err = total, nil
			return
		}
		if err != nil {
			return 0, err
		}
	}
}

func main() {
	n, err := read(strings.NewReader("hello, socket"))
	fmt.Println(n, err)

	var a, b any = 1, "two"
	a, b = b, a
	fmt.Println(a, b)

	var m Msg
	var ok bool
	m, ok = Hello{"ann"}, n > 3
	fmt.Println(m.Kind(), ok)

	var v any
	var name Name
	v, name = Name("bob"), "cy"
	fmt.Println(v, name.Short())

	var e1, e2 error = io.EOF, errors.New("closed")
	e1, e2 = e2, e1
	fmt.Println(e1, e2)

	var last any
	for i := 0; i < 3; last, i = (Hello{fmt.Sprint(i)}), i+1 {
	}
	fmt.Println(last)

	if v, err = nil, io.ErrUnexpectedEOF; v == nil {
		fmt.Println(v, err)
	}

	// An element, a field and a map's element on the left.
	var slots [2]any
	slots[0], err = io.EOF, nil
	slots[0], slots[1] = slots[1], Hello{"dan"}
	type pair struct {
		v   any
		err error
	}
	p := &pair{}
	p.v, p.err = slots[1], nil
	seen := map[string]error{}
	seen["a"], n = nil, 2
	fmt.Println(slots[0], slots[1], err, p.v, p.err, seen, n)
}
