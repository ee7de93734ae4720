package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("convcapsend", "select-send-bytes-literal"))
}

// TestConvCaps checks that a conversion of a constant string to a slice
// of bytes or runes is sliced to its length, the capacity a Go build
// gives it, where a select's case sends it too, and that other
// conversions are left as written.
func TestConvCaps(t *testing.T) {
	const decls = `package main

import "fmt"

const greeting = "héllo"

type Bytes []byte

var _ = fmt.Sprint
`
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"bytes", `b := []byte("ab"); fmt.Println(cap(b))`, []string{`b := []byte("ab")[:2:2]`}, nil},
		{"runes", `r := []rune("héllo"); fmt.Println(cap(r))`, []string{`r := []rune("héllo")[:5:5]`}, nil},
		{"named constant", `b := []byte(greeting); fmt.Println(cap(b))`, []string{`[]byte(greeting)[:6:6]`}, nil},
		{"named slice type", `b := Bytes("abc"); fmt.Println(cap(b))`, []string{`Bytes("abc")[:3:3]`}, nil},
		{"empty", `fmt.Println(cap([]byte("")))`, []string{`[]byte("")[:0:0]`}, nil},
		{"appended", `b := append([]byte("ab"), 'c'); fmt.Println(cap(b))`, []string{`append([]byte("ab")[:2:2], 'c')`}, nil},
		{"a variable", `s := "ab"; b := []byte(s); fmt.Println(b)`, nil, []string{"[:"}},
		{"a string of bytes", `b := []byte("ab"); s := string(b); fmt.Println(s)`, []string{`[]byte("ab")[:2:2]`}, []string{"string(b)[:"}},
		{"sent by a select's case, sliced before it", `c := make(chan []byte, 1); select {; case c <- []byte("ab"):; }; fmt.Println(cap(<-c))`, []string{`_sel3 := []byte(/*line :14:12*/[]byte("ab")[:2:2]); /*line :13:2*/select {`}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := decls + "\nfunc main() {\n\t" + strings.ReplaceAll(tt.body, "; ", "\n\t") + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
