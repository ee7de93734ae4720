// difftest: same
package main

// The Go Programming Language, exercise 4.9: wordfreq counts the words of
// its input with bufio.ScanWords, and prints them by count, then
// alphabetically; and the runes by Unicode category, as charcount does.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	counts := make(map[string]int)
	cats := map[string]int{}
	input := bufio.NewScanner(os.Stdin)
	input.Split(bufio.ScanWords)
	total := 0
	for input.Scan() {
		word := strings.ToLower(strings.TrimFunc(input.Text(), unicode.IsPunct))
		for _, r := range word {
			switch {
			case unicode.IsLetter(r):
				cats["letter"]++
			case unicode.IsDigit(r):
				cats["digit"]++
			default:
				cats["other"]++
			}
		}
		if word == "" {
			continue
		}
		counts[word]++
		total++
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:8] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(total, "words,", len(counts), "distinct")
	fmt.Println(cats)
}
