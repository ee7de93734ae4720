// difftest: same
package main

// Round-trip times sorted into buckets of a histogram: a sample's bucket
// is its time divided by the bucket's width, or found through a table of
// offsets. Where the bucket's index and the sample both fail, gc works
// out the index's division or sum before it reads the sample, so the
// error a caller recovers is the index's; a plain index of the bucket is
// found after the sample.

import "fmt"

func bucket(hist, samples []int, width, k int) {
	hist[samples[0]/width] = samples[k]
}

func offset(hist, samples, table []int, t, k int) {
	hist[table[t]+1] = samples[k]
}

func plain(hist, samples, table []int, t, k int) {
	hist[table[t]] = samples[k]
}

// try runs step and reports its panic, as a server loop would.
func try(name string, step func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "failed:", r)
		}
	}()
	step()
}

func main() {
	samples := []int{12, 30, 7}
	table := []int{0, 2}
	hist := make([]int, 4)
	bucket(hist, samples, 10, 1)
	offset(hist, samples, table, 1, 2)
	fmt.Println(hist)
	try("bucket", func() { bucket(hist, samples, 0, 5) })
	try("offset", func() { offset(hist, samples, table, 4, 5) })
	try("plain", func() { plain(hist, samples, table, 4, 5) })
	fmt.Println(hist)
}
