package rewrite_test

import (
	"strings"
	"testing"
)

// TestConvStacks checks that a conversion of a string that is not
// constant, appended to and surely kept in its function, converts as Go's
// stack does, and that other conversions are left as written.
func TestConvStacks(t *testing.T) {
	const decls = `package main

import (
	"fmt"
	"os"
)

type Name string

var kept []byte

func use(b []byte) {}

func keep(b []byte) { kept = b }

func bang(b []byte) []byte { return append(b, '!') }

type T struct{ n int }

func (t *T) Show(b []byte) { t.n += len(b) }

var _, _ = fmt.Sprint, os.Stdout
`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"two appends", `s := "hi"; b := []byte(s); c := append(b, '!'); d := append(b, '?'); fmt.Println(string(c), string(d))`, []string{`StackBytes(s))`}, nil},
		{"runes", `s := "ab"; r := []rune(s); r = append(r, 'c'); fmt.Println(string(r), len(r))`, []string{`StackRunes(s))`}, nil},
		{"a named string", `n := Name("x"); b := []byte(n); b = append(b, 'y'); fmt.Println(string(b))`, []string{`StackBytes(string(n)))`}, nil},
		{"a concatenation", `s := "x"; b := append([]byte(s+s), '!'); fmt.Println(string(b))`, []string{`StackConcat(s+s))`}, nil},
		{"through a reslice", `s := "hey"; b := []byte(s); c := b[:1]; c = append(c, 'o'); fmt.Println(string(b), string(c))`, []string{`StackBytes(s)`}, nil},
		{"never appended", `s := "hi"; b := []byte(s); b[0] = 'H'; fmt.Println(string(b))`, nil, []string{"Stack"}},
		{"printed", `s := "hi"; b := []byte(s); b = append(b, '!'); fmt.Println(b)`, nil, []string{"Stack"}},
		{"kept in a global", `s := "hi"; b := []byte(s); b = append(b, '!'); kept = b`, nil, []string{"Stack"}},
		{"passed to a function that keeps it nowhere", `s := "hi"; b := []byte(s); b = append(b, '!'); use(b)`, []string{"StackBytes(s)"}, nil},
		{"passed to a function that keeps it", `s := "hi"; b := []byte(s); b = append(b, '!'); keep(b)`, nil, []string{"Stack"}},
		{"returned by a function", `s := "hi"; b := []byte(s); c := bang(b); d := append(b, '?'); fmt.Println(string(c), string(d))`, []string{"StackBytes(s)"}, nil},
		{"passed to a method that keeps it nowhere", `s := "hi"; b := []byte(s); c := append(b, '!'); var t T; t.Show(b); fmt.Println(string(c))`, []string{"StackBytes(s)"}, nil},
		{"written by Go's library", `s := "hi"; b := []byte(s); b = append(b, '!'); os.Stdout.Write(b)`, []string{"StackBytes(s)"}, nil},
		{"kept in a field of a local struct", `s := "hi"; b := []byte(s); b = append(b, '!'); var t struct{ f []byte }; t.f = b; fmt.Println(len(t.f))`, []string{"StackBytes(s)"}, nil},
		{"kept through a pointer", `s := "hi"; b := []byte(s); b = append(b, '!'); t := &struct{ f []byte }{}; t.f = b; fmt.Println(len(t.f))`, nil, []string{"Stack"}},
		{"a field printed", `s := "hi"; b := []byte(s); b = append(b, '!'); var t struct{ f []byte }; t.f = b; fmt.Println(t)`, nil, []string{"Stack"}},
		{"returned by a closure", `s := "hi"; b := []byte(s); b = append(b, '!'); f := func() []byte { return b }; _ = f`, nil, []string{"Stack"}},
		{"kept past its iteration", `var last []byte; for _, s := range []string{"a"} { b := []byte(s); b = append(b, '!'); last = b }; fmt.Println(string(last))`, nil, []string{"Stack"}},
		{"kept in its iteration", `for _, s := range []string{"a"} { b := []byte(s); c := append(b, '!'); fmt.Println(string(c)) }`, []string{"StackBytes(s)"}, nil},
		{"held in an interface", `s := "hi"; b := []byte(s); b = append(b, '!'); var x any = b; _ = x`, nil, []string{"Stack"}},
		{"its element's address", `s := "hi"; b := append([]byte(s), '!'); p := &b[0]; _ = p`, nil, []string{"Stack"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := decls + "\nfunc main() {\n\t" + strings.ReplaceAll(tt.body, "; ", "\n\t") + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestConvStacksRefused checks that a converted slice whose array two
// variables share is refused where socklab cannot tell whether it stays in
// its function.
func TestConvStacksRefused(t *testing.T) {
	refuses(t, `package main

import "fmt"

type T struct{ f []byte }

func main() {
	s := "hi"
	b := []byte(s)
	t := &T{}
	t.f = b
	c := append(b, '!')
	d := append(b, '?')
	fmt.Println(string(c), string(d), len(t.f))
}
`, "main.go:9:7: go build converts []byte(s) into a 32-byte buffer")
}

// TestConvStacksReturned checks that a function returning a converted
// slice is refused where a caller that may keep it on its stack (Go's
// build inlining the function) shares its array, and left as written
// where the callers only read it.
func TestConvStacksReturned(t *testing.T) {
	const frame = `package main

import "fmt"

func frame(s string) []byte {
	b := []byte(s)
	return append(b, '\n')
}
`
	refuses(t, frame+`
func main() {
	f := frame("hello world")
	g := append(f, "abc"...)
	f[0] = 'H'
	fmt.Println(string(g))
}
`, "main.go:6:7: frame returns []byte(s)")
	liftHolds(t, frame+`
func main() {
	f := frame("hello world")
	f = append(f, "abc"...)
	fmt.Println(string(f))
}
`, nil, []string{"Stack"})
}

// TestConvStackCaps checks that cap of a converted slice that surely stays
// in its function has Go's value: the string's length for a []byte never
// written (which shares the string's bytes), the stack's 32 otherwise;
// and that a slice that surely leaves keeps the heap's, as the
// interpreter gives it.
func TestConvStackCaps(t *testing.T) {
	head := "package main\n\nimport \"fmt\"\n\nvar kept [][]byte\n\n"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"bytes", "func f(s string) {\n\tb := []byte(s)\n\tfmt.Println(cap(b))\n}\n", []string{"StringBytes(s)"}, nil},
		{"runes", "func f(s string) {\n\tvar r = []rune(s)\n\tfmt.Println(cap(r))\n}\n", []string{"StackRunes(s)"}, nil},
		{"direct", "func f(s string) {\n\tfmt.Println(cap([]byte(s)))\n}\n", []string{"StringBytes(s)"}, nil},
		{"a reslice", "func f(s string) {\n\tfmt.Println(cap(([]rune(s))[1:]))\n}\n", []string{"StackRunes(s)"}, nil},
		{"assigned later", "func f(s string) {\n\tvar b []byte\n\tb = []byte(s)\n\tb[0] = 'x'\n\tfmt.Println(cap(b))\n}\n", []string{"StackBytes(s)"}, nil},
		{"appended", "func f(s string) {\n\tb := []byte(s)\n\tb = append(b, '!')\n\tfmt.Println(cap(b))\n}\n", []string{"StackBytes(s)"}, nil},
		{"a local string of a constant", "func f(string) {\n\ts := \"hello\"\n\tb := []byte(s)\n\tfmt.Println(cap(b))\n}\n", []string{"StringBytes(s)"}, nil},
		{"a reslice held", "func f(s string) {\n\tb := []byte(s)\n\tc := b[1:3]\n\tfmt.Println(cap(c))\n}\n", []string{"StringBytes(s)"}, nil},
		{"printed", "func f(s string) {\n\tb := []byte(s)\n\tfmt.Println(b, cap(b))\n}\n", nil, []string{"Stack", "StringBytes"}},
		{"kept in a global", "func f(s string) {\n\tb := []byte(s)\n\tkept = append(kept, b)\n\tfmt.Println(cap(b))\n}\n", nil, []string{"Stack", "StringBytes"}},
		{"returned", "func f(s string) []byte {\n\tb := []byte(s)\n\tfmt.Println(cap(b))\n\treturn b\n}\n", nil, []string{"Stack", "StringBytes"}},
		{"a constant", "func f(string) {\n\tb := []byte(\"ab\")\n\tfmt.Println(cap(b), cap([]rune(\"héllo\")))\n}\n", nil, []string{"Stack", "StringBytes"}},
		{"no cap", "func f(s string) {\n\tb := []byte(s)\n\tfmt.Println(len(b))\n}\n", nil, []string{"Stack", "StringBytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\nfunc main() { f(\"x\") }\n", tt.want, tt.not)
		})
	}
}

// TestConvStackConcat checks that cap of an appended conversion of a
// concatenation is refused where the concatenation may be empty (a slice
// of capacity 0, which append grows into a buffer of its own), and given
// the stack's where a constant operand is not empty.
func TestConvStackConcat(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\n"
	refuses(t, head+"func main() {\n\ts := \"\"\n\tb := append([]byte(s+s), '!')\n\tfmt.Println(cap(b))\n}\n", "main.go:7:14: go build converts []byte(s + s)")
	liftHolds(t, head+"func main() {\n\ts := \"\"\n\tb := append([]byte(s+\"!\"), '!')\n\tfmt.Println(cap(b))\n}\n", []string{`StackConcat(s+"!")`}, nil)
}
