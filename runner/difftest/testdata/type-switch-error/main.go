// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func classify(v any) string {
	switch x := v.(type) {
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	default:
		return "other"
	}
}

func main() {
	r := strings.NewReader("")
	_, err := r.Read(make([]byte, 1))
	fmt.Println(classify(err))
	fmt.Println(classify(io.EOF))
	fmt.Println(classify(errors.New("plain")))
	var b strings.Builder
	b.WriteString("x")
	fmt.Println(classify(42))
}
