// difftest: same
package main

// Effective Go, Constants: ByteSize built with iota and shifts, and a
// String method that picks the unit with a switch, printed alone, in a
// slice and through %v of a float64 conversion.

import "fmt"

type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

func main() {
	fmt.Println(YB, ByteSize(1e13))
	fmt.Println(KB, MB, GB)
	sizes := []ByteSize{512, 1536, 3 * MB, 1.5 * TB}
	fmt.Println(sizes)
	fmt.Printf("%v %s %.0f\n", sizes[2], sizes[3], float64(sizes[1]))
	total := ByteSize(0)
	for _, s := range sizes {
		total += s
	}
	fmt.Println("total", total)
	fmt.Println(map[string]ByteSize{"disk": 500 * GB, "ram": 16 * GB})
}
