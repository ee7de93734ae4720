// difftest: same
package main

import (
	"fmt"
	"math"
)

// A const spec without values repeats the previous spec's expressions
// with iota advanced, and keeps that spec's type.

type Weekday int

const (
	Sunday Weekday = iota * 2
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sunday", "", "Monday", "", "Tuesday"}[d] }

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

const (
	Small, Exact = iota - math.MinInt64 + math.MinInt64, -iota == iota
	Next, Other
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Tuesday+0)
	fmt.Printf("%T %v %d\n", Tuesday, Tuesday, Monday)
	fmt.Println(YB/ZB, EB, KB, MB)
	fmt.Println(Small, Exact, Next, Other)
}
