// difftest: same
package main

// A decoding error about a field of a struct that an interface holds
// inside a slice, an array or a struct's []any names the struct type that
// holds the field, as Go's does: a client that decodes a batch of shapes
// into the values it prepared.

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
	tag  string
}

type Line struct {
	From, To Point
	Y        int
}

type Batch struct {
	Items []any
}

func main() {
	items := []any{&Point{}, &Point{}}
	err := json.Unmarshal([]byte(`[{"X":1},{"Y":"a"}]`), &items)
	fmt.Println(err)
	arr := [2]any{&Point{}, &Line{}}
	err = json.Unmarshal([]byte(`[{"X":1},{"From":{"X":"s"}}]`), &arr)
	fmt.Println(err)
	mixed := []any{&Point{}, &Line{}}
	err = json.Unmarshal([]byte(` [ {"x":1} , { "y" : "q" } ]`), &mixed)
	fmt.Println(err)
	b := Batch{Items: []any{&Line{}}}
	err = json.Unmarshal([]byte(`{"Items":[{"To":{"Y":"z"}}]}`), &b)
	fmt.Println(err)
	lines := []any{&Line{}, &Line{}}
	err = json.NewDecoder(strings.NewReader(`[{"Y":1},{"To":{"X":false}}]`)).Decode(&lines)
	fmt.Println(err)
	var v any = &[]any{&Point{}}
	err = json.Unmarshal([]byte(`[{"Y":[]}]`), v)
	fmt.Println(err, items[0].(*Point).X, arr[1].(*Line).From.X)
}
