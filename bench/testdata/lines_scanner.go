//go:build ignore

// lines_scanner is lines.go with Go's net and bufio.Scanner, each line
// taken as a string, as RecvLine gives it, and kept (in last): a string
// used only inside the loop may be converted on the stack, with no
// allocation, which lines_scanner_bytes.go measures.
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
)

var last string

func main() {
	conn, err := net.Dial("tcp", os.Args[1])
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(conn)
	count := 0
	for sc.Scan() {
		last = sc.Text()
		count++
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}
	conn.Close()
	fmt.Println(count)
}
