// difftest: same
package main

// fmt.Scanf reads the first line of stdin byte by byte, then a
// bufio.Reader and a Scanner on top of it (ScanWords) read the rest; a
// later fmt.Scan finds EOF; a 70000-byte token ends a default Scanner with
// bufio.ErrTooLong; ScanRunes splits UTF-8.

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var n int
	var name string
	c, err := fmt.Scanf("%d %s\n", &n, &name)
	fmt.Println(c, err, n, name)
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	words := 0
	var long []string
	for sc.Scan() {
		words++
		if len(sc.Text()) > 6 {
			long = append(long, strings.ToUpper(sc.Text()))
		}
	}
	fmt.Println(words, long, sc.Err())
	var x int
	k, err := fmt.Scan(&x)
	fmt.Println(k, err)
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nshort\n"))
	for big.Scan() {
		fmt.Println(len(big.Text()))
	}
	fmt.Println(big.Err())
	rs := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q\n", runes)
}
