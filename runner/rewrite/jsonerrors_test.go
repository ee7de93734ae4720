package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("json_rawmessage_dispatch", "json-rawmessage-dispatch"),
		program{"jsonerrors_forms", `package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

type Label struct {
	Text string ` + "`json:\"text\"`" + `
	At   Point
}

type secret struct {
	N int
	m string
}

func main() {
	var v any = &Label{}
	fmt.Println(json.Unmarshal([]byte(` + "`{\"text\": 1}`" + `), v))
	fmt.Println(json.Unmarshal([]byte(` + "`{\"At\": {\"X\": \"far\"}}`" + `), v))
	w := struct{ Data any }{&Point{}}
	fmt.Println(json.Unmarshal([]byte(` + "`{\"Data\": {\"Y\": []}}`" + `), &w))
	v = &secret{}
	fmt.Println(json.Unmarshal([]byte(` + "`{\"N\": \"x\"}`" + `), v))
	var p Point
	fmt.Println(json.Unmarshal([]byte(` + "`{\"X\": false}`" + `), &p))
}
`},
	)
}
