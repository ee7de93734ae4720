package rewrite_test

func init() {
	programs = append(programs,
		program{"typeswitch_interfaces", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"time"
)

type Temp struct{ C float64 }

type Named struct{ name string }

func (n *Named) String() string { return n.name }

type Code int

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Temp:
		return fmt.Sprint("temp ", x.C)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "a stringer"
	case int, string:
		return fmt.Sprintf("int or string %v", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func next() any { return io.EOF }

func main() {
	for _, v := range []any{nil, Temp{3}, &Named{"n"}, time.Second, io.EOF, errors.New("plain"), Temp{21.5}, 4, "s", 2.5} {
		fmt.Println(classify(v))
	}
	switch next().(type) {
	case error:
		fmt.Println("next is an error")
	}
	if err := next(); err != nil {
		switch e := err.(type) {
		case net.Error:
			fmt.Println("timeout", e.Timeout())
		case error:
			fmt.Println("plain", e)
		}
	}
}
`},
	)
}
