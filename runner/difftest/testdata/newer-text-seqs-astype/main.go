// difftest: same
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type NotFound struct{ Path string }

func (e *NotFound) Error() string { return "not found: " + e.Path }

func main() {
	for line := range strings.Lines("GET / HTTP/1.1\r\nHost: x\r\n\r\n") {
		fmt.Printf("%q\n", line)
	}
	for f := range strings.FieldsSeq("  a b\tc  ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	for part := range strings.SplitSeq("k=v;x=y", ";") {
		k, v, _ := strings.Cut(part, "=")
		fmt.Print(k, "->", v, " ")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("one\ntwo")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), bytes.ContainsFunc([]byte("x"), unicode.IsUpper))
	s, found := strings.CutPrefix("/api/v1", "/api")
	fmt.Println(s, found)
	fmt.Println(strconv.QuotedPrefix(`"hi" there`))
	b := utf8.AppendRune(nil, 'é')
	fmt.Println(b, utf8.RuneLen('€'), utf8.ValidString("ok"), utf8.RuneCountInString("héllo"))
	fmt.Println(strconv.Quote("tab\t"), strconv.FormatInt(-255, 16), strconv.AppendBool(nil, true))
	err := fmt.Errorf("open: %w", &NotFound{"/x"})
	if nf, ok := errors.AsType[*NotFound](err); ok {
		fmt.Println("as type:", nf.Path)
	}
	_, err = os.Open("missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	pe, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok, pe.Op)
	fmt.Println(strings.Title("x") == "X", unicode.In('a', unicode.Latin), strings.EqualFold("Go", "GO"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>"))
	fmt.Println(bytes.Clone([]byte(nil)) == nil, strings.Clone("x"))
}
