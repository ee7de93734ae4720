// difftest: same
package main

// Generic JSON helpers over a generic envelope whose payload holds an
// unexported field, which Go leaves out.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
}

type Login struct {
	User string `json:"user"`
	pass string
}

func Decode[T any](r io.Reader) (T, error) {
	var v T
	err := json.NewDecoder(r).Decode(&v)
	return v, err
}

func Encode[T any](v T) (string, error) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSpace(b.String()), nil
}

func MustUnmarshal[T any](s string) T {
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		panic(err)
	}
	return v
}

func main() {
	s, err := Encode(Envelope[Login]{"login", Login{User: "ann", pass: "x"}})
	fmt.Println(s, err)
	env, err := Decode[Envelope[Login]](strings.NewReader(s))
	fmt.Printf("%+v %v\n", env, err)
	nums := MustUnmarshal[[]int]("[1,2,3]")
	fmt.Println(nums, len(nums))
	m := MustUnmarshal[map[string]Envelope[int]](`{"a":{"kind":"n","data":4}}`)
	fmt.Println(m["a"].Data, m)
	_, err = Decode[Login](strings.NewReader(`{"user": 5}`))
	fmt.Println(err)
	out, _ := Encode(map[string][]Envelope[string]{"x": {{"k", "v"}}})
	fmt.Println(out)
}
