// difftest: same
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB)
	var x uint8 = 250
	x += 10
	fmt.Println(x)
	var y int8 = 127
	y++
	fmt.Println(y)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(0b1010, 0o17, 0xff, 1_000_000)
	fmt.Println(6&3, 6|3, 6^3, 6&^3, 1<<4, 256>>2)
	fmt.Println(math.MaxInt32, math.Sqrt(2), math.Floor(-1.5), math.Abs(-3))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	f := 3.9
	fmt.Println(int(f), int(-f), float64(7)/2, uint32(1<<32-1))
	fmt.Printf("%.3f %v\n", math.Pi, math.Round(2.5))
}
