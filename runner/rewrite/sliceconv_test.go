package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("sliceconv", "slice-to-array-short"),
		program{"sliceconv-field", `package main

import "fmt"

type frame struct{ body []byte }

func main() {
	f := frame{body: []byte{1, 2, 3, 4, 5, 6}}
	p := (*[2]byte)(f.body)
	p[1] = 9
	fmt.Println(*p, f.body, [6]byte(f.body))
	var nothing []byte
	fmt.Println((*[0]byte)(nothing) == nil, [0]byte(nothing))
	defer func() { fmt.Println(recover()) }()
	f.body = f.body[:1]
	_ = [2]byte(f.body)
}
`},
	)
}

func TestSliceConversionOfACallIsRefusedWhereRecovered(t *testing.T) {
	refuses(t, `package main

import "fmt"

func read() []byte { return []byte{1} }

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println([4]byte(read()))
}
`, "main.go:9:22: the interpreter panics with reflect's message")
}

func TestSliceConversionChecksTheVariable(t *testing.T) {
	liftHolds(t, `package main

import "fmt"

func main() {
	b := []byte{1, 2, 3, 4}
	defer func() { recover() }()
	var a [4]byte = [4]byte{1, 2, 3, 4}
	fmt.Println([4]byte(b), a)
}
`, []string{"[4]byte(b[_slCheck.ArrayLen(len(b), 4):]", "[4]byte{1, 2, 3, 4}"}, nil)
}
