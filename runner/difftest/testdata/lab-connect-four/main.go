// difftest: same
package main

// Connect four between two clients through a server: the server keeps the
// grid ([6][7]byte), drops each piece into its column, checks four in a
// row in every direction, and tells both players. The players' moves are
// scripted and alternate; a bad move loses its turn.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

const rows, cols = 6, 7

type Grid [rows][cols]byte

func (g *Grid) Drop(col int, piece byte) (int, bool) {
	if col < 0 || col >= cols {
		return 0, false
	}
	for r := rows - 1; r >= 0; r-- {
		if g[r][col] == 0 {
			g[r][col] = piece
			return r, true
		}
	}
	return 0, false
}

func (g *Grid) Wins(r, c int) bool {
	p := g[r][c]
	for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		n := 1
		for _, sign := range []int{1, -1} {
			rr, cc := r+sign*d[0], c+sign*d[1]
			for rr >= 0 && rr < rows && cc >= 0 && cc < cols && g[rr][cc] == p {
				n++
				rr += sign * d[0]
				cc += sign * d[1]
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, x := range row {
			if x == 0 {
				x = '.'
			}
			b.WriteByte(x)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	result := make(chan string)
	go func() {
		var players [2]net.Conn
		var readers [2]*bufio.Scanner
		for i := range players {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			players[i], readers[i] = c, bufio.NewScanner(c)
			fmt.Fprintf(c, "you are %c\n", "XO"[i])
		}
		var g Grid
		for turn := 0; ; turn = 1 - turn {
			if !readers[turn].Scan() {
				result <- "a player left"
				return
			}
			col, err := strconv.Atoi(readers[turn].Text())
			r, ok := g.Drop(col, "XO"[turn])
			if err != nil || !ok {
				fmt.Fprintln(players[turn], "bad move, you lose your turn")
				continue
			}
			fmt.Fprintln(players[turn], "ok")
			if g.Wins(r, col) {
				for _, p := range players {
					p.Close()
				}
				result <- fmt.Sprintf("%c wins at row %d col %d\n%v", "XO"[turn], r, col, &g)
				return
			}
		}
	}()
	dial := func() (net.Conn, *bufio.Reader) {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		r := bufio.NewReader(c)
		hello, _ := r.ReadString('\n')
		fmt.Print(hello)
		return c, r
	}
	x, xr := dial()
	o, or := dial()
	xMoves := []string{"0", "1", "9", "2", "3"}
	oMoves := []string{"0", "1", "6", "5"}
	for i := 0; i < len(xMoves); i++ {
		fmt.Fprintln(x, xMoves[i])
		reply, _ := xr.ReadString('\n')
		fmt.Printf("X plays %s: %s", xMoves[i], reply)
		if i < len(oMoves) {
			fmt.Fprintln(o, oMoves[i])
			reply, _ = or.ReadString('\n')
			fmt.Printf("O plays %s: %s", oMoves[i], reply)
		}
	}
	fmt.Print(<-result)
}
