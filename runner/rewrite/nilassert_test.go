package rewrite_test

func init() {
	programs = append(programs,
		program{"nilassert", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

func main() {
	var x any
	_, ok := x.(error)
	fmt.Println(ok)
	v, ok := x.(fmt.Stringer)
	fmt.Println(v, ok)
	var err error
	if ne, ok := err.(net.Error); ok {
		fmt.Println("net error", ne)
	} else {
		fmt.Println("not a net error")
	}
	var r, ok2 = x.(io.Reader)
	fmt.Println(r, ok2)
	x = strings.NewReader("abc")
	if rd, ok := x.(io.Reader); ok {
		b, _ := io.ReadAll(rd)
		fmt.Println(string(b))
	}
	err = errors.New("plain")
	_, ok = err.(net.Error)
	fmt.Println(ok)
	x = 3
	_, ok = (x).(error)
	fmt.Println(ok)
}
`},
	)
}
