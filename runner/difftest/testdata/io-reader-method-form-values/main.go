// difftest: same
package main

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"io"
	"strings"
)

type Saver interface{ WriteTo(string) error }

type rec struct {
	r     io.Reader
	saved []string
}

func (r *rec) Read(p []byte) (int, error) { return r.r.Read(p) }

func (r *rec) WriteTo(path string) error {
	r.saved = append(r.saved, path)
	return nil
}

func (r *rec) ReadByte() byte { return 'x' }

type outer struct {
	*rec
}

func each[S Saver](s S, paths ...string) {
	for _, p := range paths {
		s.WriteTo(p)
	}
}

func main() {
	r := &rec{r: strings.NewReader("line one\nline two\n")}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	defer r.WriteTo("deferred")
	save := r.WriteTo
	save("value")
	expr := Saver.WriteTo
	expr(r, "iface expr")
	each(r, "g1", "g2")
	o := outer{r}
	o.WriteTo("outer")
	each(o, "g3")
	var enc strings.Builder
	gob.NewEncoder(&enc).Encode([]int{1, 2})
	r2 := &rec{r: strings.NewReader(enc.String())}
	var got []int
	fmt.Println(gob.NewDecoder(r2).Decode(&got), got, string(r2.ReadByte()))
	fmt.Println(r.saved)
	defer func() { fmt.Println(r.saved) }()
}
