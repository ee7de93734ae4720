// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(rot13{strings.NewReader("Hello, Gopher!\nsecond line")})
	fmt.Println(string(data), err)
	sc := bufio.NewScanner(rot13{strings.NewReader("uryyb\njbeyq")})
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	cw := &countWriter{}
	fmt.Fprintf(cw, "%d-%s", 12345, "abc")
	io.Copy(cw, strings.NewReader("xyz"))
	fmt.Println(cw.n)
	var w io.Writer = cw
	_, isStringWriter := w.(io.StringWriter)
	fmt.Println(isStringWriter)
}
