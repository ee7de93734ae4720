// difftest: same
// args: a.txt missing.txt b.txt
package main

// dup2 and dup3 of chapter 1 of The Go Programming Language: dup2 streams
// each file named on the command line through countLines (reporting a file
// that cannot be opened on standard error, and going on), dup3 reads each
// whole with os.ReadFile and splits it into lines. Both print the lines
// that occur more than once, sorted here, since a map's order varies.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func countLines(f *os.File, counts map[string]int) {
	input := bufio.NewScanner(f)
	for input.Scan() {
		counts[input.Text()]++
	}
}

func report(name string, counts map[string]int) {
	var lines []string
	for line, n := range counts {
		if n > 1 {
			lines = append(lines, line)
		}
	}
	sort.Strings(lines)
	for _, line := range lines {
		fmt.Printf("%s: %d\t%s\n", name, counts[line], line)
	}
}

func dup2(files []string) {
	counts := make(map[string]int)
	for _, arg := range files {
		f, err := os.Open(arg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "dup2: %v\n", err)
			fmt.Printf("dup2: %v\n", err)
			continue
		}
		countLines(f, counts)
		f.Close()
	}
	report("dup2", counts)
}

func dup3(files []string) {
	counts := make(map[string]int)
	for _, filename := range files {
		data, err := os.ReadFile(filename)
		if err != nil {
			fmt.Printf("dup3: %v\n", err)
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			counts[line]++
		}
	}
	report("dup3", counts)
}

func main() {
	dup2(os.Args[1:])
	dup3(os.Args[1:])
}
