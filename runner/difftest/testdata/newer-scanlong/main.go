// difftest: same
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	sc := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
	sc2 := bufio.NewScanner(strings.NewReader(long))
	sc2.Buffer(make([]byte, 100), 1<<20)
	for sc2.Scan() {
		fmt.Println(len(sc2.Text()))
	}
	fmt.Println("err2:", sc2.Err())
}
