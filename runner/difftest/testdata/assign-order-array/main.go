// difftest: same
package main

import "fmt"

type frame struct{ hdr [4]byte }

func next(tag string) byte { fmt.Println("read", tag); return 1 }

func main() {
	var a [2]int
	var fr frame
	i := 5
	fr.hdr[1] = next("one")
	fmt.Println(fr.hdr)
	defer func() { fmt.Println("a is", a) }()
	fr.hdr[i] = next("two")
	a[i] = int(next("three"))
}
