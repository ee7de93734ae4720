// difftest: same
package main

// io's package examples: a Pipe between goroutines, TeeReader, MultiWriter
// and MultiReader, SectionReader, LimitReader, CopyN and ReadFull with the
// errors each gives at the end of its input.

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "some io.Reader stream to be read\n")
		pw.CloseWithError(errors.New("writer done"))
	}()
	n, err := io.Copy(os.Stdout, pr)
	fmt.Println(n, err)

	var buf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee'd text"), &buf)
	h := sha256.New()
	io.Copy(h, tee)
	fmt.Printf("%x %q\n", h.Sum(nil)[:4], buf.String())

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, upper{os.Stdout})
	fmt.Fprintln(mw, "to three writers")
	fmt.Println(b1.String() == b2.String(), b1.Len())

	mr := io.MultiReader(strings.NewReader("first "), strings.NewReader("second "), strings.NewReader("third\n"))
	io.Copy(os.Stdout, mr)

	s := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	p := make([]byte, 3)
	s.ReadAt(p, 2)
	all, _ := io.ReadAll(s)
	fmt.Println(string(p), string(all), s.Size())

	lr := io.LimitReader(strings.NewReader("only the first part counts"), 14)
	part, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", part)

	var dst bytes.Buffer
	n, err = io.CopyN(&dst, strings.NewReader("short"), 10)
	fmt.Println(n, err, dst.String())
	full := make([]byte, 8)
	k, err := io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), full[:2], 4)
	fmt.Println(k, err)
	io.WriteString(os.Stdout, "done\n")
	var sb strings.Builder
	k64, err := io.Copy(&sb, io.NopCloser(strings.NewReader("nop closer")))
	fmt.Println(k64, err, sb.String())
}
