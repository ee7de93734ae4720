// difftest: same

package main

// math/cmplx: Abs, Sqrt of -1, Exp, Pow, Polar and Rect, complex64
// formatting, NaN and Inf; and math's Hypot, Cbrt, Mod, Remainder,
// rounding, Frexp and Ldexp.

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), real(c), imag(c), cmplx.Conj(c), c*c, c/2)
	fmt.Printf("%.3f %v %.2f\n", cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)), cmplx.Pow(c, 2))
	r, th := cmplx.Polar(c)
	fmt.Printf("%.4f %.4f %.3f\n", r, th, cmplx.Rect(r, th))
	var z complex64 = 1 + 2i
	fmt.Printf("%v %T %g %e\n", z, z, z, z)
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.Inf(), complex(math.Inf(1), 0) == cmplx.Inf())
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Mod(-7, 3), math.Remainder(7, 3), math.Trunc(-2.7), math.Round(2.5), math.RoundToEven(2.5))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Log2(1024), math.Log1p(0), math.Expm1(0))
}
