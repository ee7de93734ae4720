// difftest: same
package main

import "fmt"

type Kind uint8

const (
	Hello Kind = iota + 1
	Bye
)

func (k Kind) String() string {
	switch k {
	case Hello:
		return "HELLO"
	case Bye:
		return "BYE"
	}
	return fmt.Sprintf("KIND(%d)", uint8(k))
}

func describe(v any) string {
	switch x := v.(type) {
	case Kind:
		return "kind " + x.String()
	case uint8:
		return fmt.Sprint("byte ", x)
	}
	return "other"
}

func main() {
	for _, v := range []any{Hello, uint8(2), Bye, 3.5} {
		fmt.Println(describe(v))
	}
}
