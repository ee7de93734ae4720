// want 13:31 panic: index out of range \[8\] with length 3
package main

import "fmt"

func main() {
	samples := []int{12, 30, 7}
	buckets := make([]int, 4)
	sum := make([]int, 1)
	width, k := 0, 8
	rtt := 30
	fmt.Println("bucketing", rtt)
	sum[0], buckets[rtt/width] = samples[k], 1
	fmt.Println(buckets, sum)
}
