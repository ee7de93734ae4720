package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("rangestring_corpus", "range-string-offsets"),
		program{"rangestring_forms", `package main

import "fmt"

type Name string

func word() string { fmt.Print("(once) "); return "né" }

func main() {
	for i := range "世界!" {
		fmt.Print(i, " ")
	}
	for i, r := range "a\xffb\xe4\xb8c" {
		fmt.Print(i, ":", r, " ")
	}
	var n Name = "ça va"
	for i, r := range n {
		fmt.Print(i, string(r))
	}
	var i, last int
	var r rune
	for i, r = range word() {
		last = i
	}
	fmt.Println(i, r, last)
	var fs []func() int
	for i := range "αβγ" {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for i, _ := range "€x" {
		i := i * 10
		fmt.Print(i, " ")
	}
	for j := range "abc" {
		fmt.Print(j)
	}
	for _, r := range "\xff!" {
		fmt.Print(" ", r)
	}
	fmt.Println()
}
`},
	)
}

// TestRangeStringForms checks which range loops over a string the pass
// writes over lift.Runes: those that use the index, but over a constant
// of ASCII alone.
func TestRangeStringForms(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"index", "for i := range s {\n\t\t_ = i\n\t}",
			[]string{"for _, _r1 := range _sl2.Runes(s) { i := _r1.Pos;"}, nil},
		{"index and rune", "for i, r := range s {\n\t\t_, _ = i, r\n\t}",
			[]string{"for _, _r1 := range _sl2.Runes(s) { i, r := _r1.Pos, _r1.Rune;"}, nil},
		{"blank rune", "for i, _ := range s {\n\t\t_ = i\n\t}",
			[]string{"for _, _r1 := range _sl2.Runes(s) { i := _r1.Pos;"}, nil},
		{"assigned", "var i int\n\tvar r rune\n\tfor i, r = range s {\n\t}\n\t_, _ = i, r",
			[]string{"for _, _r1 := range _sl2.Runes(s) { i, r = _r1.Pos, _r1.Rune;"}, nil},
		{"named string", "type Name string\n\tfor i := range Name(s) {\n\t\t_ = i\n\t}",
			[]string{"range _sl2.Runes(string(Name(s)))"}, nil},
		{"declared again", "for i := range s {\n\t\ti := i + 1\n\t\t_ = i\n\t}",
			[]string{"{ i := _r1.Pos; {", "}}"}, nil},
		{"runes alone", "for _, r := range s {\n\t\t_ = r\n\t}", nil, []string{"Runes"}},
		{"no variables", "for range s {\n\t}", nil, []string{"Runes"}},
		{"ascii constant", "for i := range \"abc\" {\n\t\t_ = i\n\t}", nil, []string{"Runes"}},
		{"other constant", "for i := range \"né\" {\n\t\t_ = i\n\t}", []string{`_sl2.Runes("né")`}, nil},
		{"bytes", "for i := range []byte(s) {\n\t\t_ = i\n\t}", nil, []string{"Runes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc main() {\n\ts := \"x\"\n\t" + tt.body + "\n\t_ = s\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// BenchmarkRangeString measures a loop over the offsets and runes of a
// line of 64 runes, some of several bytes, under the interpreter as
// written (whose offsets are wrong, and cost a conversion of the runes
// before each one) and as pass rangestring writes it.
func BenchmarkRangeString(b *testing.B) {
	const src = `package main

import "strings"

func Loop(n int) {
	line := strings.Repeat("héllo, 世界 ", 6) + "ok"
	sum := 0
	for k := 0; k < n; k++ {
		for i, r := range line {
			sum += i + int(r)
		}
	}
}
`
	out := string(applied(b, src))
	if !strings.Contains(out, ".Runes(line)") {
		b.Fatalf("the loop is not rewritten:\n%s", out)
	}
	benchLoop(b, src, out)
}
