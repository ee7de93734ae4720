// difftest: same

package main

// fmt's scanning: Sscanf with verbs and literals and its errors, Sscan
// across newlines, Sscanln stopping at one, Fscanln over a reader line by
// line, and %v of prefixed numbers.

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var cmd string
	var port int
	var load float64
	n, err := fmt.Sscanf("LISTEN 8080 0.75", "%s %d %f", &cmd, &port, &load)
	fmt.Println(n, err, cmd, port, load)
	n, err = fmt.Sscanf("x=12,y=abc", "x=%d,y=%d", &port, &port)
	fmt.Println(n, err, port)
	var a, b int
	n, err = fmt.Sscan("3 4\n5", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("7\n8", &a, &b)
	fmt.Println(n, err, a)
	r := bufio.NewReader(strings.NewReader("10 20\n30 x\n"))
	for {
		var p, q int
		n, err := fmt.Fscanln(r, &p, &q)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Println(p + q)
	}
	var h1, h2 int
	var s string
	fmt.Sscanf("0x1f 0b101 'q'", "%v %v %q", &h1, &h2, &s)
	fmt.Println(h1, h2, s)
}
