// difftest: same
package main

// Hangman over TCP: the server keeps the secret word and the letters
// guessed (a map[rune]bool), shows the word with blanks, and counts wrong
// guesses down from six. The client plays a fixed list of letters.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"unicode"
)

type game struct {
	word    string
	guessed map[rune]bool
	lives   int
}

func (g *game) masked() string {
	var b strings.Builder
	for _, r := range g.word {
		if g.guessed[r] {
			b.WriteRune(r)
		} else {
			b.WriteRune('_')
		}
	}
	return b.String()
}

func (g *game) won() bool { return !strings.Contains(g.masked(), "_") }

func (g *game) guess(s string) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) != 1 || !unicode.IsLetter(rs[0]) {
		return "one letter, please"
	}
	r := unicode.ToLower(rs[0])
	if g.guessed[r] {
		return fmt.Sprintf("you already tried %c", r)
	}
	g.guessed[r] = true
	if !strings.ContainsRune(g.word, r) {
		g.lives--
		return fmt.Sprintf("no %c; %d lives left", r, g.lives)
	}
	return fmt.Sprintf("yes, %d of them", strings.Count(g.word, string(r)))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		g := &game{word: "socket", guessed: map[rune]bool{}, lives: 6}
		in := bufio.NewScanner(conn)
		for {
			fmt.Fprintf(conn, "%s (%d lives)\n", g.masked(), g.lives)
			if g.won() || g.lives == 0 || !in.Scan() {
				break
			}
			fmt.Fprintln(conn, g.guess(in.Text()))
		}
		if g.won() {
			fmt.Fprintln(conn, "you win!")
		} else {
			fmt.Fprintln(conn, "the word was", g.word)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	out := bufio.NewScanner(conn)
	letters := []string{"e", "a", "S", "e", "zz", "t", "o", "k", "c", "x"}
	for _, l := range letters {
		if !out.Scan() {
			break
		}
		state := out.Text()
		fmt.Println(state)
		if !strings.Contains(state, "_") {
			break
		}
		fmt.Fprintln(conn, l)
		out.Scan()
		fmt.Printf("  %s: %s\n", l, out.Text())
	}
	for out.Scan() {
		fmt.Println(out.Text())
	}
}
