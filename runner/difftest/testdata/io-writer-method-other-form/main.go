// difftest: same
package main

import (
	"fmt"
	"io"
	"strings"
)

type logw struct{ lines []string }

func (l *logw) Write(p []byte) (int, error) {
	l.lines = append(l.lines, string(p))
	return len(p), nil
}

func (l *logw) WriteString(s string) {
	l.lines = append(l.lines, "S:"+s)
}

func main() {
	l := &logw{}
	io.WriteString(l, "a")
	fmt.Fprint(l, "b")
	io.Copy(l, strings.NewReader("c"))
	l.WriteString("d")
	fmt.Println(l.lines)
}
