// difftest: same
package main

// The bufio package's examples: Scanner over lines, over words with a
// count, a custom split function that reads comma-separated values and
// stops at an empty one, ScanRunes, a Scanner's too-long-token error, and
// a Writer's Buffered and Available.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(strings.NewReader("first line\nsecond line\r\nthird, no newline"))
	for scanner.Scan() {
		fmt.Printf("%q\n", scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading input:", err)
	}

	const input = "Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"
	scanner = bufio.NewScanner(strings.NewReader(input))
	scanner.Split(bufio.ScanWords)
	count := 0
	for scanner.Scan() {
		count++
	}
	fmt.Printf("%d\n", count)

	const nums = "1234 5678 1234567901234567890"
	scanner = bufio.NewScanner(strings.NewReader(nums))
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

	const csvish = "1,2,3,4,"
	scanner = bufio.NewScanner(strings.NewReader(csvish))
	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	scanner.Split(onComma)
	for scanner.Scan() {
		fmt.Printf("%q ", scanner.Text())
	}
	fmt.Println()

	scanner = bufio.NewScanner(strings.NewReader("héllo"))
	scanner.Split(bufio.ScanRunes)
	for scanner.Scan() {
		fmt.Print(scanner.Text(), "|")
	}
	fmt.Println()

	long := strings.Repeat("x", 100) + "\n"
	scanner = bufio.NewScanner(strings.NewReader(long))
	scanner.Buffer(make([]byte, 10), 20)
	for scanner.Scan() {
	}
	fmt.Println(scanner.Err())

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Println(w.Available(), w.Buffered())
	w.WriteString("Hello, ")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.WriteString("world! and more")
	fmt.Println(w.Available(), w.Buffered(), out.Len())
	w.Flush()
	fmt.Println(out.String())
}
