// difftest: same
package main

import (
	"bytes"
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
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	fmt.Fprint(mw, "twice")
	fmt.Println(a.String(), b.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, _ := io.ReadAll(lr)
	fmt.Println(string(data))
	fmt.Fprintln(upper{os.Stdout}, "shout")
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	got, _ := io.ReadAll(pr)
	fmt.Println(string(got))
	buf := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	sr := io.NewSectionReader(strings.NewReader("hello world"), 6, 5)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest))
	var sb strings.Builder
	io.WriteString(&sb, "ws")
	fmt.Println(sb.String())
}
