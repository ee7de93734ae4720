// difftest: same
// args: -temp 212°F -temp 37C -count 2
package main

// The Go Programming Language, 7.4: a flag.Value of its own, celsiusFlag,
// parsed from "100C" or "212°F" with fmt.Sscanf; used here on a
// FlagSet of the program's own with ContinueOnError, so that a bad value
// prints flag's message instead of exiting.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9.0/5.0 + 32.0) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32.0) * 5.0 / 9.0) }

func (c Celsius) String() string { return fmt.Sprintf("%g°C", c) }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
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

type listFlag []Celsius

func (l *listFlag) String() string { return fmt.Sprint(*l) }

func (l *listFlag) Set(s string) error {
	var c celsiusFlag
	if err := c.Set(s); err != nil {
		return err
	}
	*l = append(*l, c.Celsius)
	return nil
}

func main() {
	fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var temps listFlag
	fs.Var(&temps, "temp", "a temperature")
	count := fs.Int("count", 1, "how many times")
	if err := fs.Parse(os.Args[1:]); err != nil {
		fmt.Println("parse:", err)
		return
	}
	for i := 0; i < *count; i++ {
		fmt.Println(temps)
	}
	f := celsiusFlag{20.0}
	fmt.Println(f, f.Set("-40F"), f)

	fs2 := flag.NewFlagSet("bad", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Var(&temps, "temp", "a temperature")
	err := fs2.Parse(strings.Fields("-temp 100K"))
	fmt.Println("error:", err)
}
