// difftest: same

// A negative zero that a select's case sends, computed by the script's
// own function, arrives as -0.
package main

import (
	"fmt"
	"math"
)

type Reading struct {
	Sensor string
	Value  float64
}

func calibrate(v float64) float64 { return math.Round(v*10) / 10 }

func reading(name string, v float64) Reading { return Reading{name, calibrate(v)} }

func main() {
	values := make(chan float64, 1)
	readings := make(chan Reading, 1)
	for _, v := range []float64{-0.04, 0.26} {
		v = math.Round(v)
		select {
		case values <- calibrate(v):
		default:
			fmt.Println("full")
		}
		fmt.Println(<-values)
		select {
		case readings <- reading("t1", v):
		}
		r := <-readings
		fmt.Printf("%s %.1f %v\n", r.Sensor, r.Value, math.Signbit(r.Value))
	}
}
