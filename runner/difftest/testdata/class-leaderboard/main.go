// difftest: same
package main

// A game server's leaderboard: clients report "NAME SCORE" lines; the
// server keeps each player's best and games played in a struct that embeds
// a Player, and answers TOP with the ranking sorted by best score, then by
// fewer games, then by name.

import (
	"bufio"
	"cmp"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
)

type Player struct {
	Name string
}

func (p Player) Tag() string { return "@" + strings.ToLower(p.Name) }

type Entry struct {
	Player
	Best, Games int
}

func (e Entry) String() string {
	return fmt.Sprintf("%-6s %-7s best %3d in %d games", e.Name, e.Tag(), e.Best, e.Games)
}

type Board map[string]*Entry

func (b Board) Report(name string, score int) *Entry {
	e, ok := b[name]
	if !ok {
		e = &Entry{Player: Player{name}}
		b[name] = e
	}
	e.Games++
	e.Best = max(e.Best, score)
	return e
}

func (b Board) Top(n int) []Entry {
	all := make([]Entry, 0, len(b))
	for _, e := range b {
		all = append(all, *e)
	}
	slices.SortFunc(all, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(y.Best, x.Best), cmp.Compare(x.Games, y.Games), strings.Compare(x.Name, y.Name))
	})
	return all[:min(n, len(all))]
}

func main() {
	board := Board{}
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
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 2 && f[0] == "TOP" {
				n, _ := strconv.Atoi(f[1])
				for i, e := range board.Top(n) {
					fmt.Fprintf(c, "%d. %v\n", i+1, e)
				}
				fmt.Fprintln(c, "END")
				continue
			}
			if len(f) != 2 {
				fmt.Fprintln(c, "ERR want NAME SCORE")
				continue
			}
			score, err := strconv.Atoi(f[1])
			if err != nil {
				fmt.Fprintln(c, "ERR", err)
				continue
			}
			e := board.Report(f[0], score)
			fmt.Fprintf(c, "OK %s %d\n", e.Tag(), e.Best)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, line := range []string{"Ann 40", "Bob 55", "Cy 55", "Ann 70", "Bob 20", "Dee x", "Eve", "Cy 10", "Ann 12"} {
		fmt.Fprintln(c, line)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-8s %s", line, reply)
	}
	fmt.Fprintln(c, "TOP 3")
	for {
		line, err := r.ReadString('\n')
		if err != nil || line == "END\n" {
			break
		}
		fmt.Print(line)
	}
	c.Close()
}
