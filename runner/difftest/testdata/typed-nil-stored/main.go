// difftest: same
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

type W struct{}

func (*W) Write(p []byte) (int, error) { return len(p), nil }

func isNil(e error) bool { return e == nil }

func main() {
	var p *MyErr
	var e error = p
	e = p
	ch := make(chan error, 1)
	ch <- p
	m := map[string]error{"k": p}
	st := struct{ E error }{E: p}
	fmt.Println(isNil(p), e, m, st, error(p))
	w := &W{}
	fmt.Fprintln(w, "ok")
	fmt.Println(errors.Is(p, p), os.Stdout != nil)
}
