// difftest: same
package main

import (
	"fmt"
	"math"
	"time"
)

type Millis int32

func main() {
	var b byte = 200
	fmt.Printf("%T %v\n", max(b, 100), max(b, 100))
	fmt.Printf("%T %v\n", min(1, 2.5), min(1, 2.5))
	var s16 int16 = -3
	fmt.Printf("%T %v\n", max(s16, 1<<10), min(s16, -1<<10))
	negz := math.Copysign(0, -1)
	fmt.Println(min(negz, 0), max(negz, 0), min(0, negz), max(0.0, negz))
	fmt.Println(math.Signbit(min(negz, 0.0)), math.Signbit(max(negz, 0.0)))
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(math.Inf(-1), nan), max(math.Inf(1), 2))
	fmt.Println(min("b", "ab", "abc"), max("", "z"))
	d := 300 * time.Millisecond
	fmt.Println(min(d, time.Second), max(d, 2*time.Second/10))
	var m Millis = 7
	fmt.Printf("%T %v %T\n", min(m, 3), min(m, 3), max(m))
	xs := []int{4, 9, 2}
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	fmt.Println(lo, hi, min(len(xs), 10), max(float32(1.5), 2))
	const c = max(3, 7.5, 'a')
	fmt.Printf("%T %v\n", c, c)
	var f32 float32 = 0.1
	fmt.Println(max(f32, 0.05), min(f32*3, 1))
	var u uint = 5
	fmt.Println(min(u-6, 3))
}
