package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		program{"arraylen-nil", `package main

import "fmt"

type table struct{ rows *[3][2]int }

func main() {
	var t table
	var p *[5]byte
	fmt.Println(len(p), cap(p), len(t.rows), len(t.rows[0]), p == nil)
	const n = len(p)
	var a [n]int
	fmt.Println(len(a))
}
`},
	)
}

func TestArrayLenOfAPointerIsItsLength(t *testing.T) {
	liftHolds(t, `package main

import "fmt"

func next() *[3]int { return nil }

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(next()))
}
`, []string{"len([3]struct{}{}/*line :9:19*/)", "cap(next())"}, []string{"len(p)"})
}
