// difftest: same

// fmt.Fscanln, Fscanf with a format and Fscan from standard input, a bad
// number, Sscanf with widths and %x.

package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var name string
	var age int
	n, err := fmt.Fscanln(in, &name, &age)
	fmt.Println(n, err, name, age)
	var a, b float64
	n, err = fmt.Fscanf(in, "%f + %f\n", &a, &b)
	fmt.Println(n, err, a+b)
	var x int
	n, err = fmt.Fscan(in, &x)
	fmt.Println(n, err, x)
	var s1, s2 string
	n, err = fmt.Sscanf("k=v;9", "%1s=%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
}
