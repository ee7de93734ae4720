// difftest: same
// A type switch with a case of the empty interface (any, interface{}, a
// type of the script on any) on nil and other values, beside cases of
// concrete types and of error.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Event any

func kind(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case any:
		return fmt.Sprint("any ", x)
	default:
		return "nil"
	}
}

func main() {
	for _, v := range []any{1, "s", io.EOF, nil, 2.5} {
		fmt.Println(kind(v))
		switch v.(type) {
		case interface{}:
			fmt.Println("interface{}")
		}
		switch e := v.(type) {
		case nil:
			fmt.Println("nil")
		case error:
			fmt.Println("error", e)
		case Event:
			fmt.Printf("event %v\n", e)
		}
	}
	var err error = errors.New("boom")
	switch x := err.(type) {
	case any:
		fmt.Println("any", x)
	}
	err = nil
	switch err.(type) {
	case any:
		fmt.Println("any")
	default:
		fmt.Println("nil error")
	}
}
