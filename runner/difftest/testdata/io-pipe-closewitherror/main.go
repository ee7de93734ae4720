// difftest: same

package main

// An io.Pipe between a producer goroutine and a scanner: the writer's
// CloseWithError reaches the reader after the last line.

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := range 3 {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(fmt.Errorf("producer done after %d lines", 3))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
	_, err := pr.Read(make([]byte, 1))
	fmt.Printf("%v %T\n", err, err)
}
