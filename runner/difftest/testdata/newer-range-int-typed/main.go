// difftest: same
package main

// Go 1.22's range over an integer: the variable takes the type of the
// range expression (a named type, uint8, an untyped constant's int), a
// count of zero or less runs no iteration, and the count is read once.

import "fmt"

type Port uint16

func (p Port) String() string { return fmt.Sprintf(":%d", uint16(p)) }

func main() {
	for i := range uint8(3) {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var n Port = 3
	for p := range n {
		fmt.Print(p, " ")
	}
	fmt.Println()
	for i := range -2 {
		fmt.Println("never", i)
	}
	count := 3
	for i := range count {
		count = 10
		fmt.Print(i)
	}
	fmt.Println(" count", count)
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	for range 5 {
		total++
	}
	const big = 1 << 3
	for i := range big {
		if i == 6 {
			break
		}
		total += i
	}
	fmt.Println(total)
}
