// difftest: same
package main

// A word-frequency service: the client sends a text and half-closes; the
// server counts the words (lower-cased, punctuation trimmed with
// strings.FieldsFunc and unicode), and answers with the top five, ties
// broken alphabetically, using slices.SortFunc and cmp.

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"unicode"
)

type wordCount struct {
	word  string
	count int
}

func top(text string, n int) []wordCount {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		counts[w]++
	}
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	slices.SortFunc(list, func(a, b wordCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	return list[:min(n, len(list))]
}

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		b, _ := io.ReadAll(c)
		for i, wc := range top(string(b), 5) {
			fmt.Fprintf(c, "%d %s %d\n", i+1, wc.word, wc.count)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	io.WriteString(c, text)
	c.(*net.TCPConn).CloseWrite()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	c.Close()
	fmt.Println(top("", 3), len(top("a b a", 10)))
}
