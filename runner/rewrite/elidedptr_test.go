package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("elidedptr", "elided-pointer-elements"),
		program{"elidedptr_local", `package main

import (
	"fmt"
	"testing/fstest"
)

type Point struct{ X, Y int }

type Names map[*Point]string

func main() {
	type Local fstest.MapFS
	l := Local{"a": {Data: []byte("abc")}}
	fmt.Println(len(l["a"].Data))
	n := Names{{3, 4}: "b"}
	for p, s := range n {
		fmt.Println(*p, s)
	}
}
`},
	)
}

// TestElidedPointerEdits checks which literals get their &T written out,
// and that the brace keeps its column.
func TestElidedPointerEdits(t *testing.T) {
	for _, tc := range []struct {
		name, body, want, not string
	}{
		{"a library map type", `_ = fstest.MapFS{"a": {Data: nil}}`, `"a": &fstest.MapFile/*line :12:37*/{Data: nil}`, ""},
		{"a script type declared as one", `_ = FS{"a": {}}`, `"a": &fstest.MapFile/*line :12:27*/{}`, ""},
		{"a slice of a library type", `_ = []fstest.MapFS{{"a": {}}}`, `{"a": &fstest.MapFile/*line :12:40*/{}}`, ""},
		{"a type literal", `_ = map[string]*fstest.MapFile{"a": {}}`, "", "&fstest.MapFile/*"},
		{"a script type declared as a literal", `_ = Files{"a": {}}`, "", "&fstest.MapFile/*"},
		{"a pointer to an array", `_ = map[string]*[2]int{"a": {1, 2}}`, `"a": &[2]int/*line :12:43*/{1, 2}`, ""},
		{"a pointer to a slice", `_ = []*[]int{{1}}`, `&[]int/*line :12:28*/{1}`, ""},
		{"a pointer to an array key", `_ = map[*[1]int]bool{{1}: true}`, `&[1]int/*line :12:36*/{1}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package main\n\nimport \"testing/fstest\"\n\ntype FS fstest.MapFS\n\ntype Files map[string]*fstest.MapFile\n\nvar _ FS\nvar _ Files\n\nfunc main() { " + tc.body + " }\n"
			got := string(lift(t, "main.go", src))
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("rewritten:\n%s\nwant it to hold %s", got, tc.want)
			}
			if tc.not != "" && strings.Contains(got, tc.not) {
				t.Errorf("rewritten:\n%s\nwant no %s", got, tc.not)
			}
		})
	}
}
