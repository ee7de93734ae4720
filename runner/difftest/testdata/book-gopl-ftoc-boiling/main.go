// difftest: same
// args: 32 212 -40 abc
package main

// The Go Programming Language, 2.2 and 2.5: boiling, ftoc, and cf, which
// converts its numeric arguments between Celsius and Fahrenheit with
// types of their own and String methods, and reports a bad argument.

import (
	"fmt"
	"os"
	"strconv"
)

const boilingF = 212.0

type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func fToC(f float64) float64 { return (f - 32) * 5 / 9 }

func main() {
	var f = boilingF
	var c = (f - 32) * 5 / 9
	fmt.Printf("boiling point = %g°F or %g°C\n", f, c)
	const freezingF, boilingF2 = 32.0, 212.0
	fmt.Printf("%g°F = %g°C\n", freezingF, fToC(freezingF))
	fmt.Printf("%g°F = %g°C\n", boilingF2, fToC(boilingF2))

	fmt.Printf("%g\n", BoilingC-FreezingC)
	boilingFF := CToF(BoilingC)
	fmt.Printf("%g\n", boilingFF-CToF(FreezingC))
	cc := FToC(212.0)
	fmt.Println(cc.String(), cc, AbsoluteZeroC)
	fmt.Printf("%v %s %g %.1f\n", cc, cc, cc, cc)

	for _, arg := range os.Args[1:] {
		t, err := strconv.ParseFloat(arg, 64)
		if err != nil {
			fmt.Fprintf(os.Stdout, "cf: %v\n", err)
			continue
		}
		f := Fahrenheit(t)
		c := Celsius(t)
		fmt.Printf("%s = %s, %s = %s\n", f, FToC(f), c, CToF(c))
	}
}
