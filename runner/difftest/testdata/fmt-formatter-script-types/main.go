// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

func (m Matrix) Format(s fmt.State, verb rune) {
	prec, hasPrec := s.Precision()
	var rows []string
	for _, r := range m {
		var cells []string
		for _, c := range r {
			if hasPrec {
				cells = append(cells, fmt.Sprintf("%*d", prec, c))
			} else {
				cells = append(cells, fmt.Sprint(c))
			}
		}
		rows = append(rows, strings.Join(cells, " "))
	}
	if s.Flag('#') {
		fmt.Fprintf(s, "Matrix%d", len(m))
		return
	}
	fmt.Fprint(s, strings.Join(rows, "/"))
	if verb == 'q' {
		s.Write([]byte("!"))
	}
}

type Ptr struct{ n int }

func (p *Ptr) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "P<%d,%c>", p.n, verb)
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v|%.3v|%#v|%q\n", m, m, m, m)
	fmt.Println(m)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%s", m))
	p := Ptr{5}
	fmt.Printf("%v %d\n", &p, &p)
	fmt.Printf("%v\n", p)
	fmt.Println([]*Ptr{&p})
	fmt.Printf("%v\n", struct{ M Matrix }{m})
}
