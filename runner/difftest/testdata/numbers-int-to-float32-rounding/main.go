// difftest: same

// Integers of 64 bits past 2^53 converted to float32 round once, as Go
// rounds them, not twice through a float64.
package main

import "fmt"

type Meters float32

func main() {
	n := int64(1)<<53 + 1<<29 + 1
	values := []int64{n, -n, 1 << 62, 123456789, 16777217}
	for _, v := range values {
		fmt.Println(v, float32(v), Meters(v), float64(float32(v)))
	}
	u := uint64(1)<<63 + 1<<39 + 1
	var id uint = uint(u)
	fmt.Println(float32(u), float32(id), float64(u))
	i := int(n)
	fmt.Printf("%.0f %v\n", float32(i), float32(i) == float32(1<<53))
}
