// difftest: same
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Reporter struct {
	out   func(format string, a ...any) (int, error)
	debug func(a ...any) (int, error)
}

var p = fmt.Println

func apply(f func(...any) string, xs ...any) string { return f(xs...) }

func main() {
	c := Card{10, "h"}
	p(c, []Card{c, {2, "s"}}, &Pt{1, 2})
	pf := fmt.Printf
	pf("%v|%s|%+v|%T\n", c, c, c, c)
	sp := fmt.Sprint
	fmt.Println(sp(c) + "|" + sp(c, c))
	sf := fmt.Sprintf
	fmt.Println(sf("%v %d", c, c.Rank))
	var buf bytes.Buffer
	fp := fmt.Fprintln
	fp(&buf, c, Pt{3, 4})
	fpf := fmt.Fprintf
	fpf(&buf, "[%v]\n", c)
	fmt.Print(buf.String())
	ef := fmt.Errorf
	err := ef("bad %v: %w", c, os.ErrNotExist)
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	r := Reporter{out: fmt.Printf, debug: fmt.Println}

	r.out("report %v\n", c)
	r.debug("debug", c)
	fmt.Println(apply(fmt.Sprint, c, 1), apply(fmt.Sprintln, c, "x") == "10h x\n")
	ap := fmt.Append
	fmt.Println(string(ap([]byte("b:"), c)))
	printers := []func(...any) (int, error){fmt.Print, fmt.Println}
	for _, pr := range printers {
		pr(c, "end")
	}
	fmt.Println()
	var sb strings.Builder
	w := fmt.Fprint
	w(&sb, c, c)
	fmt.Println(sb.String())
	defer p("deferred", c)
	n, err := p("count")
	fmt.Println(n, err)
}
