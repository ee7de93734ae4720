// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Kind is the first byte of a message of the chat protocol.
type Kind uint8

const (
	Hello Kind = iota + 1
	Text
	Bye
)

var kindNames = [...]string{Hello: "HELLO", Text: "TEXT", Bye: "BYE"}

func kindName(k Kind) string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("KIND(%d)", uint8(k))
}

// Message is a decoded message: its kind and its fields.
type Message struct {
	Kind   Kind
	Fields []any
}

func decode(line string) Message {
	parts := strings.Fields(line)
	m := Message{Kind: Kind(parts[0][0] - '0')}
	for _, p := range parts[1:] {
		var v any
		if err := json.Unmarshal([]byte(p), &v); err != nil {
			v = p
		}
		m.Fields = append(m.Fields, v)
	}
	return m
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case byte:
		return fmt.Sprintf("a byte %d", x)
	case Kind:
		return "the kind " + kindName(x)
	case float64:
		return fmt.Sprintf("a number %g", x)
	case string:
		return fmt.Sprintf("a word %q", x)
	case []any:
		return fmt.Sprintf("a list of %d", len(x))
	default:
		return fmt.Sprintf("something else: %v", x)
	}
}

func main() {
	counts := map[Kind]int{}
	for _, line := range []string{"1 alice", "2 3.5 [1,2] null", "2 \"hi\" true", "3", "7 x"} {
		m := decode(line)
		counts[m.Kind]++
		fmt.Println(kindName(m.Kind), len(m.Fields))
		for _, f := range m.Fields {
			fmt.Println("  ", describe(f))
		}
	}
	for _, v := range []any{Hello, Bye, uint8(2), byte(Text), Kind(9), counts[Text]} {
		fmt.Println(describe(v))
		if k, ok := v.(Kind); ok {
			fmt.Println("   a kind:", kindName(k), k == Bye)
		}
		if b, ok := v.(uint8); ok {
			fmt.Println("   a byte:", b)
		}
	}
	var last any = Bye
	fmt.Println(last == any(Bye), last == any(uint8(3)), last == any(Kind(3)))
	seen := map[any]bool{Hello: true, uint8(1): true}
	fmt.Println(len(seen), seen[Hello], seen[byte(1)], seen[Kind(2)])
	fmt.Println(counts[Text], counts[Hello], counts[Kind(7)], len(counts))
}
