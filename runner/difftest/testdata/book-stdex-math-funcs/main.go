// difftest: same
package main

// The math package's examples: Abs, Ceil, Floor, Trunc, Round and
// RoundToEven, Mod and Remainder, Pow and Sqrt, Cbrt, Hypot, Log and its
// kin, trigonometry, Inf and NaN with their tests, MaxInt64 and
// SmallestNonzeroFloat64, Float64bits.

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.1f %.1f\n", math.Abs(-2), math.Abs(2))
	fmt.Printf("%.1f %.1f %.1f\n", math.Ceil(1.49), math.Floor(1.51), math.Trunc(-1.7))
	fmt.Printf("%.1f %.1f %.1f %.1f\n", math.Round(-10.5), math.Round(10.5), math.RoundToEven(10.5), math.RoundToEven(11.5))
	fmt.Printf("%.1f %.1f\n", math.Mod(7, 4), math.Remainder(7, 4))
	fmt.Printf("%.1f %.1f %.2f %.2f\n", math.Pow(2, 3), math.Sqrt(144), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Log2(256), math.Log10(100), math.Log1p(0.01))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(math.Pi), math.Tan(0), math.Atan2(1, 1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Printf("%#016x %v\n", math.Float64bits(1.5), math.Float64frombits(0x3ff8000000000000))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4), math.Signbit(-0.0), math.Copysign(3, -1))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.Max(3, 7), math.Min(3, math.NaN()), math.Dim(5, 3), math.Dim(3, 5))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, math.Inf(1) > math.MaxFloat64)
}
