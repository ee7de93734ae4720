package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("json_rawmessage_dispatch", "json-rawmessage-dispatch"),
		program{"jsonnames_forms", `package main

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

// TestJSONNames checks that a decoding into an interface names the
// script's struct types in a table of their own, and that a struct type
// another unnamed one looks like is left out.
func TestJSONNames(t *testing.T) {
	src := "package main\n\nimport \"encoding/json\"\n\ntype Say struct{ Nick string }\n\ntype Move struct{ X, Y int }\n\nfunc main() {\n\tvar v any = &Say{}\n\t_ = json.Unmarshal(nil, v)\n\tanon := struct{ X, Y int }{}\n\t_ = anon\n}\n"
	liftHolds(t, src, []string{`.JSONNamed(nil, []any{[]Say(nil)}, []string{"Say"})`, ".JSONUnmarshal("}, []string{"[]Move(nil)"})
	plain := "package main\n\nimport \"encoding/json\"\n\ntype Say struct{ Nick string }\n\nfunc main() {\n\tvar s Say\n\t_ = json.Unmarshal(nil, &s)\n}\n"
	liftHolds(t, plain, nil, []string{"JSONNamed"})
}
