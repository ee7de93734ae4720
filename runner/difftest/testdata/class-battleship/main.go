// difftest: same
package main

// Battleship over TCP: the server hides three ships on a 6x6 grid, an
// array of arrays of cells; the client fires at coordinates like "B4" and
// the server answers MISS, HIT, SUNK with the ship's name, or ERR. When
// every ship is sunk the server draws the board and closes.

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strings"
)

const size = 6

type cell struct {
	ship *ship
	shot bool
}

type ship struct {
	name string
	hits int
	len  int
}

type board [size][size]cell

func (b *board) place(s *ship, row, col int, across bool) {
	for i := range s.len {
		r, c := row, col
		if across {
			c += i
		} else {
			r += i
		}
		b[r][c].ship = s
	}
}

var errOffBoard = errors.New("off the board")

func parse(shot string) (row, col int, err error) {
	shot = strings.ToUpper(strings.TrimSpace(shot))
	if len(shot) != 2 {
		return 0, 0, fmt.Errorf("%q: want a letter and a digit", shot)
	}
	row, col = int(shot[0]-'A'), int(shot[1]-'1')
	if row < 0 || row >= size || col < 0 || col >= size {
		return 0, 0, fmt.Errorf("%q: %w", shot, errOffBoard)
	}
	return row, col, nil
}

func (b *board) fire(row, col int) string {
	c := &b[row][col]
	if c.shot {
		return "ERR already fired there"
	}
	c.shot = true
	if c.ship == nil {
		return "MISS"
	}
	c.ship.hits++
	if c.ship.hits == c.ship.len {
		return "SUNK " + c.ship.name
	}
	return "HIT"
}

func (b *board) String() string {
	var sb strings.Builder
	for r, row := range b {
		sb.WriteByte(byte('A' + r))
		for _, c := range row {
			switch {
			case c.shot && c.ship != nil:
				sb.WriteString(" X")
			case c.shot:
				sb.WriteString(" o")
			case c.ship != nil:
				sb.WriteString(" #")
			default:
				sb.WriteString(" .")
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b board
	fleet := []*ship{{name: "destroyer", len: 2}, {name: "cruiser", len: 3}, {name: "sub", len: 1}}
	b.place(fleet[0], 0, 0, true)
	b.place(fleet[1], 2, 3, false)
	b.place(fleet[2], 5, 5, true)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sunk := 0
		sc := bufio.NewScanner(c)
		for sunk < len(fleet) && sc.Scan() {
			row, col, err := parse(sc.Text())
			if err != nil {
				fmt.Fprintln(c, "ERR", err, errors.Is(err, errOffBoard))
				continue
			}
			reply := b.fire(row, col)
			if strings.HasPrefix(reply, "SUNK") {
				sunk++
			}
			fmt.Fprintln(c, reply)
		}
		fmt.Fprint(c, b.String())
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, shot := range []string{"A1", "a2", "Z9", "C4", "C4", "D4", "B2", "E4", "F6", "A10"} {
		fmt.Fprintln(c, shot)
		line, _ := r.ReadString('\n')
		fmt.Printf("%-4s %s", shot, line)
	}
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Print(line)
	}
}
