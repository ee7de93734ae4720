// difftest: same
package main

import (
	"fmt"
	"strconv"
)

type Token struct {
	Kind string
	Val  any
}

type Parser struct{ toks []Token }

func (p *Parser) num(i int) int { return p.toks[i].Val.(int) }

func (p *Parser) Sum() (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad token: %v", r)
		}
	}()
	for i := range p.toks {
		total += p.num(i)
	}
	return total, nil
}

func main() {
	p := &Parser{[]Token{{"n", 1}, {"n", 2}, {"s", "three"}}}
	fmt.Println(p.Sum())
	p2 := &Parser{[]Token{{"n", 1}, {"n", 41}}}
	fmt.Println(p2.Sum())
	var vals []any
	for i := range 3 {
		vals = append(vals, strconv.Itoa(i))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for _, v := range vals {
			fmt.Println(v.(string) + "!")
		}
		fmt.Println(vals[0].(int))
	}()
}
