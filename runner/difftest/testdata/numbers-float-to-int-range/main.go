// difftest: same

// Floats out of an integer type's range, NaN and the infinities converted
// to each integer type give what Go's compiled conversion gives; those in
// range convert as they always do.
package main

import (
	"fmt"
	"math"
)

type Sample int16

func quantize(x float64) Sample { return Sample(x * 32767) }

func main() {
	values := []float64{0.5, -0.5, 1, 1.5, 300.7, -300.7, 70000.5, 3e9, -3e9, 1e10, 1e19, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range values {
		f32 := float32(v)
		fmt.Println(v, int8(v), int16(v), int32(v), int64(v), uint8(v), uint16(v), uint32(v), byte(f32), int32(f32))
	}
	for _, x := range []float64{0, 0.25, -1, 1.5} {
		fmt.Print(quantize(x), " ")
	}
	fmt.Println()
	var total float32 = 5e9
	fmt.Println(uint32(total), rune(total/2), uint16(total/1e6))
}
