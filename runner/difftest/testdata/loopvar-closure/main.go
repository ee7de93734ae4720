// difftest: same
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var names []func() string
	for _, s := range []string{"ann", "bob", "cy"} {
		names = append(names, func() string { return s })
	}
	for _, f := range names {
		fmt.Println(f())
	}
}
