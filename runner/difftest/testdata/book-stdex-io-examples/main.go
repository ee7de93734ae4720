// difftest: same
package main

// The io package's examples: Copy, CopyBuffer, CopyN, LimitReader,
// MultiReader, MultiWriter, Pipe, ReadAll, ReadAtLeast with its errors,
// ReadFull, SectionReader's Read, ReadAt and Seek, TeeReader, WriteString.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("some io.Reader stream to be read\n")
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	r1 := strings.NewReader("first reader\n")
	r2 := strings.NewReader("second reader\n")
	buf := make([]byte, 8)
	io.CopyBuffer(os.Stdout, r1, buf)
	io.CopyBuffer(os.Stdout, r2, buf)

	r = strings.NewReader("some io.Reader stream to be read")
	n, err := io.CopyN(os.Stdout, r, 4)
	fmt.Println("|", n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("ab"), 4)
	fmt.Println(n, err)

	lr := io.LimitReader(strings.NewReader("some io.Reader stream to be read\n"), 4)
	io.Copy(os.Stdout, lr)
	fmt.Println()

	mr := io.MultiReader(strings.NewReader("first reader "), strings.NewReader("second reader "), strings.NewReader("third reader\n"))
	io.Copy(os.Stdout, mr)

	var buf1, buf2 bytes.Buffer
	w := io.MultiWriter(&buf1, &buf2)
	io.Copy(w, strings.NewReader("some io.Reader stream to be read\n"))
	fmt.Print(buf1.String(), buf2.String())

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "some io.Reader stream to be read\n")
		pw.Close()
	}()
	io.Copy(os.Stdout, pr)

	b, err := io.ReadAll(strings.NewReader("Go is a general-purpose language designed with systems programming in mind."))
	fmt.Printf("%s %v\n", b[:5], err)

	r = strings.NewReader("some io.Reader stream to be read\n")
	buf = make([]byte, 14)
	if _, err := io.ReadAtLeast(r, buf, 4); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%s\n", buf)
	shortBuf := make([]byte, 3)
	_, err = io.ReadAtLeast(r, shortBuf, 4)
	fmt.Println("error:", err)
	longBuf := make([]byte, 64)
	_, err = io.ReadAtLeast(r, longBuf, 64)
	fmt.Println("error:", err)

	r = strings.NewReader("some io.Reader stream to be read\n")
	buf = make([]byte, 4)
	io.ReadFull(r, buf)
	fmt.Printf("%s\n", buf)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err)

	r = strings.NewReader("some io.Reader stream to be read\n")
	s := io.NewSectionReader(r, 5, 17)
	io.Copy(os.Stdout, s)
	fmt.Println()
	buf = make([]byte, 6)
	s.ReadAt(buf, 10)
	fmt.Printf("%s\n", buf)
	s.Seek(10, io.SeekStart)
	rest, _ := io.ReadAll(s)
	fmt.Printf("%s %d\n", rest, s.Size())

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("some io.Reader stream to be read\n"), &tee)
	io.ReadAll(tr)
	fmt.Print(tee.String())
	io.WriteString(os.Stdout, "Hello World\n")
}
