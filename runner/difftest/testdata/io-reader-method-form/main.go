// difftest: same
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type doc struct{ r io.Reader }

func (d *doc) Read(p []byte) (int, error) { return d.r.Read(p) }

func (d *doc) WriteTo(path string) error { return nil }

func main() {
	d := &doc{strings.NewReader("text\n")}
	io.Copy(os.Stdout, d)
	fmt.Println("done")
}
