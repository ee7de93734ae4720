// difftest: same
package main

import "fmt"

type Point struct{ X, Y int }

func move(p Point) Point {
	p.X++
	return p
}

func movePtr(p *Point) { p.Y++ }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b)
	s := []int{1, 2, 3}
	t := s
	t[0] = 99
	fmt.Println(s, t)
	u := make([]int, len(s))
	n := copy(u, s)
	u[1] = -1
	fmt.Println(n, s, u)
	p := Point{1, 1}
	q := move(p)
	movePtr(&p)
	fmt.Println(p, q)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid, g2)
	s2 := s[:2]
	s2 = append(s2, 42)
	fmt.Println(s, s2, len(s2), cap(s2))
	pts := []Point{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.X = 0
	}
	for i := range pts {
		pts[i].Y = 0
	}
	fmt.Println(pts)
}
