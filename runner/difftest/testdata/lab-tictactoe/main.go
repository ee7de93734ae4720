// difftest: same
package main

// Noughts and crosses over TCP: the server holds the board, the client
// sends moves as "row col", and the server answers with the board drawn by
// its String method, a complaint about a bad move, or the winner.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Board [3][3]rune

func (b *Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		for j, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
			if j < 2 {
				sb.WriteByte('|')
			}
		}
		if i < 2 {
			sb.WriteString("/")
		}
	}
	return sb.String()
}

func (b *Board) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func play(conn net.Conn) {
	defer conn.Close()
	var board Board
	player := 'X'
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		var r, c int
		if _, err := fmt.Sscanf(sc.Text(), "%d %d", &r, &c); err != nil {
			fmt.Fprintf(conn, "bad move %q: %v\n", sc.Text(), err)
			continue
		}
		if r < 0 || r > 2 || c < 0 || c > 2 || board[r][c] != 0 {
			fmt.Fprintf(conn, "square %d,%d is not free\n", r, c)
			continue
		}
		board[r][c] = player
		if w := board.Winner(); w != 0 {
			fmt.Fprintf(conn, "%v %c wins\n", &board, w)
			return
		}
		fmt.Fprintln(conn, &board)
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			play(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, mv := range []string{"1 1", "0 0", "1 1", "3 0", "middle", "0 2", "2 0", "1 0", "1 2", "0 1", "2 1", "2 2"} {
		fmt.Fprintln(c, mv)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("game over:", err)
			break
		}
		fmt.Printf("%-7s %s", mv, reply)
	}
}
