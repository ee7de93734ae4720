// difftest: same
package main

import "fmt"

type Board [3][3]rune

func (b Board) With(r, c int, p rune) Board {
	b[r][c] = p
	return b
}

func (b *Board) Set(r, c int, p rune) { b[r][c] = p }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			s += string(cell)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	b.Set(0, 0, 'O')
	fmt.Print(b)
	fmt.Print(b2)
	fmt.Println(b == b2, b2[1][1] == 'X')
}
