package rewrite_test

func init() {
	programs = append(programs,
		program{"rangeassign", `package main

import "fmt"

type pos struct{ line, col int }

func main() {
	s := []int{1, 2, 3}
	var i, v int
	for i = range s {
	}
	fmt.Println(i)
	for i, v = range s {
		if v == 2 {
			continue
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println("after", i, v)
	for _, v = range []int{7, 8} {
	}
	fmt.Println(v)
	m := map[string]int{"a": 1}
	var k string
	for k = range m {
	}
	fmt.Println(k)
	var r rune
	var at int
	for at, r = range "héllo" {
		if r == 'l' {
			break
		}
	}
	fmt.Println(at, string(r))
	var p pos
	for p.line, p.col = range []int{4, 5, 6} {
	}
	fmt.Println(p)
	a := [3]string{"x", "y", "z"}
	var w string
	for i, w = range &a {
	}
	fmt.Println(i, w)
	var nilp *[4]byte
	for i = range nilp {
	}
	fmt.Println(i)
	ch := make(chan int, 2)
	ch <- 9
	ch <- 10
	close(ch)
	for v = range ch {
	}
	fmt.Println(v)
	var fs []func() int
	for i = range 3 {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(i, fs[0](), fs[2]())
}
`},
	)
}
