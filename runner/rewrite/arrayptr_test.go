package rewrite_test

func init() {
	programs = append(programs,
		program{"arrayptr", `package main

import "fmt"

type grid [2][3]int

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	var nilp *[4]string
	for i, v := range p {
		fmt.Println(i, v)
	}
	p[1] += 10
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(a)
	for i, _ := range nilp {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for _, v := range &[2]int{5, 6} {
		n += v
	}
	for range p {
		n++
	}
	fmt.Println(n)
	for i := range nilp {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	for i = range nilp {
	}
	fmt.Println(i)
	var g grid
	for r := range &g {
		for c := range &g[r] {
			g[r][c] = r*10 + c
		}
	}
	fmt.Println(g)
	var fs []func() int
	for i := range (*[3]int)(nil) {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
`},
	)
}
