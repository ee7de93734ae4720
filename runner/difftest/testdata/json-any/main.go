// difftest: same

// Values of the script's struct types held in interfaces (an any, []any,
// map[string]any, a field of type any) encode to JSON as Go encodes them.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type P struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
	tags []string
}

type Outer struct {
	P
	Extra int
}

type PtrOuter struct {
	*P
	Note string `json:"note"`
}

type Msg struct {
	Kind string
	Data any
}

type S struct {
	n int
	V int
}

func (s S) String() string { return "S" }

type Wrap struct {
	Items []P
	Meta  map[string]any
}

func main() {
	var v any = P{Name: "x", tags: []string{"a"}}
	b, _ := json.Marshal(v)
	fmt.Println(string(b))

	b, _ = json.Marshal(map[string]any{"z": 1, "p": P{Name: "n"}, "list": []any{P{Name: "m"}, Outer{P{Name: "o"}, 2}}})
	fmt.Println(string(b))

	b, _ = json.Marshal(Msg{Kind: "hello", Data: Outer{P{Name: "o", Age: 3}, 4}})
	fmt.Println(string(b))

	b, _ = json.Marshal([]Msg{{"a", S{1, 2}}, {"b", &P{Name: "q"}}, {"c", nil}, {"d", []P{}}, {"e", (*P)(nil)}})
	fmt.Println(string(b))

	b, _ = json.MarshalIndent(map[string]any{"w": Wrap{Items: []P{{Name: "i"}}, Meta: map[string]any{"p": PtrOuter{&P{Name: "pp"}, "n"}}}}, "", "  ")
	fmt.Println(string(b))

	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.Encode([]any{PtrOuter{nil, "nil"}, struct{ X any }{P{Name: "anon"}}, map[string][]P{"k": {{Name: "k1"}}}})

	fmt.Print(sb.String())
	var back any
	json.Unmarshal([]byte(`{"a":[1,"x",{"b":null}],"c":2.5}`), &back)
	fmt.Printf("%v\n", back)
	b, _ = json.Marshal(back)
	fmt.Println(string(b))
}
