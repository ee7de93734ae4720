// difftest: same
// args: -temp 18C -other 212F
package main

// The Go Programming Language, 7.4: a flag of a type of its own, through
// the flag.Value interface (String and Set), for temperatures.

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

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

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	temp := CelsiusFlag(flag.CommandLine, "temp", 20.0, "the temperature")
	other := CelsiusFlag(flag.CommandLine, "other", 0, "another temperature")
	flag.Parse()
	fmt.Println(*temp, *other)
	fmt.Println(CToF(*temp))

	var out strings.Builder
	fs := flag.NewFlagSet("conv", flag.ContinueOnError)
	fs.SetOutput(&out)
	t := CelsiusFlag(fs, "t", 37, "body temperature")
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")
	err := fs.Parse([]string{"-t", "-40F", "-tag", "a", "-tag", "b"})
	fmt.Println(*t, err, tags, len(tags))
	err = fs.Parse([]string{"-t", "hot"})
	fmt.Println("error:", err)
	fmt.Print(out.String())
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Printf("-%s %v (default %s)\n", f.Name, f.Value, f.DefValue)
	})
	if g, ok := flag.Lookup("temp").Value.(flag.Getter); ok {
		fmt.Println(g.Get())
	} else {
		fmt.Println("not a getter")
	}
	os.Exit(0)
}
