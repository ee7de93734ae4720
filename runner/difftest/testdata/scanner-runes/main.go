// difftest: same
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	fmt.Println(out, len(out))
	lines := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for lines.Scan() {
		fmt.Printf("%q ", lines.Text())
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())
	split := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := strings.IndexByte(string(data), ';'); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	fields := bufio.NewScanner(strings.NewReader("a;bb;ccc"))
	fields.Split(split)
	for fields.Scan() {
		fmt.Print(fields.Text(), "|")
	}
	fmt.Println()
}
