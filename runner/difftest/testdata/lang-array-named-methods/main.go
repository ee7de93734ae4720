// difftest: same

// Methods on named array types with value and pointer receivers: a board
// returned modified as a copy, set in place, compared, and used as a map
// key.
package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func (b Board) With(r, c int, p byte) Board {
	b[r][c] = p
	return b
}

func (b *Board) Set(r, c int, p byte) { b[r][c] = p }

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b1, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b1 && b1 == c {
			return a
		}
	}
	return 0
}

type Vec [2]float64

func (v Vec) Add(w Vec) Vec    { return Vec{v[0] + w[0], v[1] + w[1]} }
func (v *Vec) Scale(k float64) { v[0] *= k; v[1] *= k }

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2)
	b.Set(0, 0, 'O')
	b.Set(1, 1, 'O')
	b.Set(2, 2, 'O')
	fmt.Printf("%v %c %v\n", b, b.Winner(), b == b2)
	history := []Board{b, b2}
	history[0].Set(0, 1, 'X')
	fmt.Println(history[0], b)
	seen := map[Board]int{b: 1}
	seen[b2]++
	seen[b]++
	fmt.Println(len(seen), seen[b])
	v := Vec{1, 2}
	w := v
	w.Scale(10)
	fmt.Println(v, w, v.Add(w))
	vs := [2]Vec{{1, 1}, {2, 2}}
	for _, x := range vs {
		x.Scale(0)
	}
	for i := range vs {
		vs[i].Scale(3)
	}
	fmt.Println(vs)
	pv := &vs[1]
	pv.Scale(0.5)
	fmt.Printf("%v %+v %T\n", vs, *pv, pv)
}
