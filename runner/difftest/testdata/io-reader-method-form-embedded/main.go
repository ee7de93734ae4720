// difftest: same
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type base struct{}

func (base) WriteTo(path string) error {
	fmt.Println("write", path)
	return nil
}

type page struct {
	base
	io.Reader
}

type WriteTo_ int

func main() {
	p := page{Reader: strings.NewReader("body\n")}
	io.Copy(os.Stdout, p)
	p.WriteTo("x.html")
	var w WriteTo_ = 3
	fmt.Println(w)
}
