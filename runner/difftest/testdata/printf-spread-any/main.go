// difftest: same
// Arguments gathered in a []any and spread into a format, as a table
// printer does: with a constant format, with a format built from the
// columns, and into fmt.Sprintf, fmt.Println and fmt.Errorf.
package main

import (
	"fmt"
	"strings"
)

type Host struct {
	Addr string
	up   bool
}

type Port uint16

func (p Port) String() string { return fmt.Sprintf(":%d", uint16(p)) }

type Ports []Port

func row(cols int) string {
	return strings.TrimSpace(strings.Repeat("%v ", cols)) + "\n"
}

func main() {
	h := Host{"10.0.0.1", true}
	xs := []any{h, &h}
	fmt.Printf("%+v %T\n", xs...)
	fmt.Printf("%#v|%v\n", xs...)
	ys := []any{Port(80), Ports{22, 443}, h, 3, "ok", nil}
	fmt.Printf(row(len(ys)), ys...)
	fmt.Printf("%T %T %T %T %T %T\n", ys...)
	fmt.Printf("%v %v\n", ys...)
	fmt.Printf("%[3]v %[1]d\n", ys...)
	s := fmt.Sprintf("%-8v|%8v|", ys[:2]...)
	fmt.Println(s, len(s))
	fmt.Println(ys...)
	err := fmt.Errorf("host %+v unreachable on %v", ys[2], ys[0])
	fmt.Println(err)
}
