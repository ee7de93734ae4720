// difftest: same
// bufio.Scanner with each split function: words, runes, a split function
// of the program's own, a buffer too small for a line, CRLF line endings,
// and bufio.Reader's ReadString.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("the quick  brown\nfox jumps\n"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%s ", n, sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("héy"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println("err:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader("l1\r\nl2\n\nl4"))
	for sc.Scan() {
		fmt.Printf("%q %d\n", sc.Text(), len(sc.Bytes()))
	}
	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	ln := bufio.NewScanner(strings.NewReader("10 20 30"))
	ln.Split(bufio.ScanWords)
	sum := 0
	for ln.Scan() {
		var v int
		fmt.Sscan(ln.Text(), &v)
		sum += v
	}
	fmt.Println(sum)
}
