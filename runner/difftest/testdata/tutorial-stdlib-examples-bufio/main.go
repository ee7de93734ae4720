// difftest: same
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	// custom: ScanWords wrapped to validate 32-bit integers
	const input = "1234 5678 1234567901234567890"
	scanner := bufio.NewScanner(strings.NewReader(input))
	split := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		advance, token, err = bufio.ScanWords(data, atEOF)
		if err == nil && token != nil {
			_, err = strconv.ParseInt(string(token), 10, 32)
		}
		return
	}
	scanner.Split(split)
	for scanner.Scan() {
		fmt.Printf("%s\n", scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Printf("Invalid input: %s\n", err)
	}
	// emptyFinalToken: comma-separated, final empty value reported
	scanner = bufio.NewScanner(strings.NewReader("1,2,3,4,"))
	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		i := bytes.IndexByte(data, ',')
		if i == -1 {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, data, bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	}
	scanner.Split(onComma)
	for scanner.Scan() {
		fmt.Printf("%q ", scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
	}
	fmt.Println()
	// words count
	scanner = bufio.NewScanner(strings.NewReader("Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"))
	scanner.Split(bufio.ScanWords)
	count := 0
	for scanner.Scan() {
		count++
	}
	fmt.Printf("%d\n", count)
	// lines with a small buffer and Buffer
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println(w.Available(), w.Buffered(), w.Size())
	fmt.Fprint(w, "Hello, ")
	fmt.Fprint(w, "world!\n")
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("peek here")), w)
	p, err := rw.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	d, _ := rw.Discard(5)
	rest, _ := rw.ReadString(0)
	fmt.Println(d, rest)
	var big strings.Builder
	aw := bufio.NewWriter(&big)
	n, _ := aw.ReadFrom(strings.NewReader(strings.Repeat("ab", 3000)))
	aw.Flush()
	fmt.Println(n, big.Len())
}
