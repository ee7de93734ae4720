// difftest: same

// A temperature converted and rounded to -0 prints as -0.0, handed to
// the functions that print it as Go hands it.
package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func round1(x float64) float64 { return math.Round(x*10) / 10 }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func report(label string, c Celsius) {
	fmt.Printf("%-8s %6.1f %v %v\n", label, float64(c), c, round1(float64(c)))
}

func main() {
	for _, f := range []Fahrenheit{32, 31.99, 0, -40, 212, 31.95} {
		c := FToC(f)
		report(fmt.Sprint(f), c)
		report("rounded", Celsius(round1(float64(c))))
	}
	fmt.Println(CToF(-40), CToF(Celsius(math.Copysign(0, -1))), FToC(CToF(100)))
}
