// difftest: same
package main

// dup1 of chapter 1 of The Go Programming Language: counts the lines of
// standard input with a map and prints each that occurs more than once,
// with its count (sorted here, since a map's order varies from run to
// run); then dup's exercise, the lines that differ only in case.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := make(map[string]int)
	folded := make(map[string]map[string]bool)
	input := bufio.NewScanner(os.Stdin)
	for input.Scan() {
		line := input.Text()
		counts[line]++
		key := strings.ToLower(line)
		if folded[key] == nil {
			folded[key] = make(map[string]bool)
		}
		folded[key][line] = true
	}
	// NOTE: ignoring potential errors from input.Err()
	var lines []string
	for line := range counts {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	for _, line := range lines {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%s\n", n, line)
		}
	}
	var keys []string
	for k, forms := range folded {
		if len(forms) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%q in %d spellings\n", k, len(folded[k]))
	}
	fmt.Println(len(counts), "distinct lines")
}
