// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Counter counts the bytes written to it.
type Counter struct{ N int }

func (c *Counter) Write(p []byte) (int, error) { c.N += len(p); return len(p), nil }

// Refused says a peer refused a connection.
type Refused struct{ Port int }

func (e *Refused) Error() string { return fmt.Sprintf("port %d refused", e.Port) }

// refuse always returns a value.
func refuse(port int) *Refused { return &Refused{Port: port} }

// maybe returns nil for port 0.
func maybe(port int) *Refused {
	if port == 0 {
		return nil
	}
	return refuse(port)
}

// Conn holds the error of its last dial.
type Conn struct{ last *Refused }

func main() {
	c := new(Counter)
	io.Copy(c, strings.NewReader("hello"))
	var w io.Writer = &Counter{}
	fmt.Fprint(w, "abc")
	fmt.Println(c.N, w.(*Counter).N)

	var err error = refuse(80)
	fmt.Println(err)
	if r := maybe(0); r != nil {
		err = r
	}
	fmt.Println(err)
	conn := Conn{last: maybe(22)}
	if conn.last != nil {
		err = conn.last
	}
	fmt.Println(err, err != nil)
	errs := map[int]*Refused{}
	for _, port := range []int{1, 2} {
		errs[port] = refuse(port)
	}
	if e := errs[2]; e != nil {
		fmt.Println(errors.Join(e, io.EOF))
	}
}
