// difftest: same
package main

// dedup of chapter 4 of The Go Programming Language: a map used as a set,
// printing each line of standard input the first time it is seen; then
// the exercise's word frequency count with bufio.ScanWords, printed by
// count and word, and a map of slices as a set of keys (the book's k(list)).

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

var m = make(map[string]int)

func k(list []string) string  { return fmt.Sprintf("%q", list) }
func Add(list []string)       { m[k(list)]++ }
func Count(list []string) int { return m[k(list)] }

func main() {
	seen := make(map[string]bool) // a set of strings
	freq := make(map[string]int)
	input := bufio.NewScanner(os.Stdin)
	for input.Scan() {
		line := input.Text()
		if !seen[line] {
			seen[line] = true
			fmt.Println(line)
		}
		words := bufio.NewScanner(strings.NewReader(line))
		words.Split(bufio.ScanWords)
		for words.Scan() {
			freq[strings.ToLower(words.Text())]++
		}
		Add(strings.Fields(line))
	}
	if err := input.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "dedup: %v\n", err)
		os.Exit(1)
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(Count([]string{"the", "cat"}), Count([]string{"a", "dog"}), len(m))
	ages := map[string]int{"alice": 31}
	age, ok := ages["bob"]
	if !ok {
		fmt.Println("bob is not a key in this map; age ==", age)
	}
}
