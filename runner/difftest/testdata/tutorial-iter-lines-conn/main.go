// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"maps"
	"net"
	"slices"
	"strings"
)

func Lines(r io.Reader) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(r)
		n := 0
		for sc.Scan() {
			n++
			if !yield(n, sc.Text()) {
				fmt.Println("  (stopped early at", n, ")")
				return
			}
		}
	}
}

func Words(lines iter.Seq2[int, string]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, l := range lines {
			for w := range strings.FieldsSeq(l) {
				if !yield(strings.ToLower(w)) {
					return
				}
			}
		}
	}
}

func serve(ln net.Listener, text string) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			io.WriteString(c, text)
			c.Close()
		}()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go serve(ln, "The quick brown fox\njumps over\nthe lazy dog\nTHE END\n")
	c, _ := net.Dial("tcp", ln.Addr().String())
	for n, l := range Lines(c) {
		fmt.Println(n, l)
		if n == 2 {
			break
		}
	}
	c.Close()
	c2, _ := net.Dial("tcp", ln.Addr().String())
	counts := map[string]int{}
	for w := range Words(Lines(c2)) {
		counts[w]++
	}
	c2.Close()
	keys := slices.Sorted(maps.Keys(counts))
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	top := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println(top[:3])
	for i, chunk := range slices.All(slices.Collect(slices.Chunk(keys, 3))) {
		fmt.Println(i, chunk)
	}
	next, stop := iter.Pull(maps.Keys(map[int]bool{1: true}))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	for i, s := range slices.Backward([]string{"a", "b"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	ln.Close()
}
