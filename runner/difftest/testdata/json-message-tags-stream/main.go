// difftest: same

// A chat message with JSON tags (omitempty, -, string), marshalled plain
// and indented, unmarshalled with unknown fields, a stream of values
// decoded until a syntax error, type errors, an Encoder without HTML
// escapes.

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Msg struct {
	Type    string            `json:"type"`
	From    string            `json:"from,omitempty"`
	Body    string            `json:"body"`
	Tags    []string          `json:"tags,omitempty"`
	Meta    map[string]any    `json:"meta,omitempty"`
	Secret  string            `json:"-"`
	Count   int               `json:"count,string"`
	Headers map[string]string `json:"headers"`
}

func main() {
	m := Msg{Type: "chat", Body: "hi <there> & you", Count: 3, Meta: map[string]any{"z": 1, "a": []int{1, 2}}, Secret: "x"}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(m, "", "  ")
	fmt.Println(string(b))
	var back Msg
	err := json.Unmarshal([]byte(`{"type":"join","from":"ann","body":"","count":"7","extra":1,"meta":{"n":1.5,"ok":true,"l":[1,"a",null]}}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	fmt.Printf("%T %T %T\n", back.Meta["n"], back.Meta["ok"], back.Meta["l"])
	dec := json.NewDecoder(strings.NewReader(`{"type":"a"} {"type":"b"} {"type":`))
	for {
		var x Msg
		if err := dec.Decode(&x); err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Println(x.Type)
	}
	err = json.Unmarshal([]byte(`{"count":"x"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"type":5}`), &back)
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]int{"b": 2, "a": 1})
	var anyv any
	json.Unmarshal([]byte(`[1, 2.5, "x", {"k": false}]`), &anyv)
	fmt.Printf("%v %#v\n", anyv, anyv)
}
