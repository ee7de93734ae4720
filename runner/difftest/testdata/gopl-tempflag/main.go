// difftest: same
// args: -temp 212°F
package main

// tempflag of chapter 7 of The Go Programming Language: a celsiusFlag
// that embeds Celsius (so its String method is the flag.Value's) and
// adds Set, parsing "100C" or "212°F" with fmt.Sscanf; CelsiusFlag
// registers it with flag.CommandLine. Then the Set errors of bad values
// through a FlagSet of its own that continues on error.

import (
	"flag"
	"fmt"
	"io"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", c) }
func FToC(f Fahrenheit) Celsius  { return Celsius((f - 32) * 5 / 9) }

// *celsiusFlag satisfies the flag.Value interface.
type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit) // no error check needed
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

// CelsiusFlag defines a Celsius flag with the specified name,
// default value, and usage, and returns the address of the flag variable.
// The flag argument must have a quantity and a unit, e.g., "100C".
func CelsiusFlag(name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	flag.CommandLine.Var(&f, name, usage)
	return &f.Celsius
}

var temp = CelsiusFlag("temp", 20.0, "the temperature")

func main() {
	flag.Parse()
	fmt.Println(*temp)

	fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var t celsiusFlag
	fs.Var(&t, "temp", "the temperature")
	for _, args := range [][]string{{"-temp", "-18C"}, {"-temp", "273.15K"}, {"-temp=100°C"}, {"-temp"}} {
		err := fs.Parse(args)
		fmt.Println(t, t.Celsius, err)
	}
	var v flag.Value = &t
	fmt.Println(v.String())
}
