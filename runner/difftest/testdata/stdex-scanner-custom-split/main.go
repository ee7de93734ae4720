// difftest: same
package main

// bufio's package examples: a Scanner with a split function of its own
// that checks each word is a number, one that splits on commas with an
// empty final field, reading lines of standard input, and a word count.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
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

	const csv = "1,2,3,4,"
	sc := bufio.NewScanner(strings.NewReader(csv))
	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	sc.Split(onComma)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 16), 64)
	n := 0
	for in.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, strings.TrimRight(in.Text(), " "))
	}
	fmt.Println("stdin:", in.Err())

	words := bufio.NewScanner(strings.NewReader("Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Printf("%d words\n", count)
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	w1, _ := r.ReadString(' ')
	line, prefix, _ := r.ReadLine()
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %q %v %q %v\n", w1, line, prefix, rest, err)
}
