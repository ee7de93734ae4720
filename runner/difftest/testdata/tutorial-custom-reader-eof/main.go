// difftest: same
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns its data in chunks, with io.EOF alongside the last.
type chunkReader struct {
	chunks []string
	reads  int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.reads++
	if len(r.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.chunks[0])
	if n < len(r.chunks[0]) {
		r.chunks[0] = r.chunks[0][n:]
		return n, nil
	}
	r.chunks = r.chunks[1:]
	if len(r.chunks) == 0 {
		return n, io.EOF
	}
	return n, nil
}

type upperWriter struct{ buf bytes.Buffer }

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.buf.Write(bytes.ToUpper(p))
}

type flaky struct{ left int }

var errFlaky = errors.New("link down")

func (f *flaky) Read(p []byte) (int, error) {
	if f.left == 0 {
		return 0, errFlaky
	}
	f.left--
	p[0] = 'z'
	return 1, nil
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

func main() {
	r := &chunkReader{chunks: []string{"HELO a\r\nMAIL", " FROM:<x>\r\nQU", "IT"}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), r.reads > 0)
	r2 := &chunkReader{chunks: []string{"abc", "def"}}
	u := &upperWriter{}
	n, err := io.Copy(u, r2)
	fmt.Println(n, err, u.buf.String())
	b, err := io.ReadAll(&flaky{3})
	fmt.Printf("%q %v %v\n", b, err, errors.Is(err, errFlaky))
	var cw countWriter
	m, err := io.CopyN(&cw, strings.NewReader("0123456789"), 4)
	fmt.Println(m, err, cw)
	m, err = io.CopyN(&cw, strings.NewReader("01"), 4)
	fmt.Println(m, err, cw)
	buf := make([]byte, 4)
	k, err := io.ReadFull(&chunkReader{chunks: []string{"ab"}}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunkReader{chunks: []string{"abcdef"}}, buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	br := bufio.NewReaderSize(&chunkReader{chunks: []string{"line one\nline", " two"}}, 16)
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	pr := bufio.NewReader(strings.NewReader("x"))
	bt, _ := pr.ReadByte()
	fmt.Println(pr.UnreadByte(), pr.UnreadByte(), string(bt))
	fmt.Fprintf(&cw, "%d", 12345)
	fmt.Println(cw)
}
