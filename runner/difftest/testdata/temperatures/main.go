// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64

const (
	Freezing Celsius = 0
	Boiling  Celsius = 100
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

// parse reads "21.5C", "70F" or a bare number, which stays a float64.
func parse(s string) (any, error) {
	unit := s[len(s)-1]
	if unit == 'C' || unit == 'F' {
		v, err := strconv.ParseFloat(s[:len(s)-1], 64)
		if err != nil {
			return nil, err
		}
		if unit == 'C' {
			return Celsius(v), nil
		}
		return Fahrenheit(v), nil
	}
	return strconv.ParseFloat(s, 64)
}

func inCelsius(v any) (Celsius, bool) {
	switch t := v.(type) {
	case Fahrenheit:
		return FToC(t), true
	case Celsius:
		return t, true
	}
	return 0, false
}

func main() {
	var readings []any
	for _, s := range strings.Fields("21.5C 70F 3.5 -40F 100C 12") {
		v, err := parse(s)
		if err != nil {
			fmt.Println("bad reading:", err)
			continue
		}
		readings = append(readings, v)
	}
	var fromJSON []any
	json.Unmarshal([]byte(`[36.6, 98.6]`), &fromJSON)
	readings = append(readings, fromJSON...)
	readings = append(readings, Freezing, Boiling-1, CToF(Boiling))
	for _, r := range readings {
		if c, ok := inCelsius(r); ok {
			fmt.Printf("%v is %.1f°C", r, float64(c))
		} else {
			fmt.Printf("%v has no unit", r)
		}
		_, isC := r.(Celsius)
		_, isF := r.(Fahrenheit)
		_, isFloat := r.(float64)
		fmt.Println("", isC, isF, isFloat)
	}
	var a, b any = Celsius(-40), Fahrenheit(-40)
	fmt.Println(a == b, float64(a.(Celsius)) == float64(b.(Fahrenheit)), a == any(-40.0), a == any(Celsius(-40)))
	c := readings[0].(Celsius)
	c += 0.5
	fmt.Println(c, CToF(c), c > Freezing, Boiling-c)
}
