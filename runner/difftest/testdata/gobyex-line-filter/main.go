// difftest: same
package main

// Go by Example, Line Filters: read standard input line by line, write
// each line changed, and count what went by; The Go Programming Language's
// dup counts repeated lines the same way.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	counts := make(map[string]int)
	lines, words := 0, 0
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for scanner.Scan() {
		line := scanner.Text()
		lines++
		words += len(strings.Fields(line))
		if strings.TrimSpace(line) == "" {
			continue
		}
		counts[strings.ToLower(strings.TrimSpace(line))]++
		ucl := strings.ToUpper(line)
		fmt.Fprintln(out, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Fprintf(out, "%d lines, %d words\n", lines, words)
	var dups []string
	for line, n := range counts {
		if n > 1 {
			dups = append(dups, line)
		}
	}
	sort.Slice(dups, func(i, j int) bool {
		if counts[dups[i]] != counts[dups[j]] {
			return counts[dups[i]] > counts[dups[j]]
		}
		return dups[i] < dups[j]
	})
	for _, line := range dups {
		fmt.Fprintf(out, "%d\t%s\n", counts[line], line)
	}
}
