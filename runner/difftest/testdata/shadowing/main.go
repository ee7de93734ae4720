// difftest: same
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	if s == "" {
		err = errors.New("empty")
		return
	}
	return -1, fmt.Errorf("bad %q", s)
}

func main() {
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for _, s := range []string{"21", "", "z"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
}
