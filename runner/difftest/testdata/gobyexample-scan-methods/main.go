// difftest: same
// Types of the program's own with a Scan method, which fmt's Sscan, Sscanf
// and Fscanln call as its Scan does: a vector, a temperature read with
// its unit from standard input, and named types without Scan beside them.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Age int
type Name string

type Vec struct{ X, Y float64 }

func (v *Vec) Scan(st fmt.ScanState, verb rune) error {
	if verb != 'v' && verb != 'f' {
		return fmt.Errorf("bad verb %%%c for Vec", verb)
	}
	_, err := fmt.Fscan(st, &v.X, &v.Y)
	return err
}

type Celsius float64

func (c *Celsius) Scan(st fmt.ScanState, verb rune) error {
	var f float64
	var unit string
	if _, err := fmt.Fscan(st, &f, &unit); err != nil {
		return err
	}
	switch unit {
	case "C":
		*c = Celsius(f)
	case "F":
		*c = Celsius((f - 32) * 5 / 9)
	default:
		return fmt.Errorf("unknown unit %q", unit)
	}
	return nil
}

func main() {
	var a Age
	var n Name
	c, err := fmt.Sscan("42 bob", &a, &n)
	fmt.Println(c, err, a, n)
	var v Vec
	c, err = fmt.Sscanf("1.5 2.5", "%v", &v)
	fmt.Println(c, err, v)
	c, err = fmt.Sscanf("1.5 2.5", "%d", &v)
	fmt.Println(c, err)
	in := bufio.NewReader(os.Stdin)
	for {
		var t Celsius
		_, err := fmt.Fscanln(in, &t)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%.1f\n", float64(t))
	}
	var temps []Celsius
	sc := bufio.NewScanner(strings.NewReader("10 C\n50 F\n3 K\n"))
	for sc.Scan() {
		var t Celsius
		if _, err := fmt.Sscan(sc.Text(), &t); err != nil {
			fmt.Println("error:", err)
			continue
		}
		temps = append(temps, t)
	}
	fmt.Println(temps)
}
