// difftest: same
package main

// A verb that does not fit a value's kind names its type (%!s(main.Port=80));
// here the values of the script's named basic types are held as any, in a
// slice and in a map, and printed with such verbs and with fitting ones.

import "fmt"

type Port int

type Host string

func (h Host) String() string { return "host " + string(h) }

type Ratio float64

type Up bool

func main() {
	vals := []any{Port(80), Host("db"), Ratio(0.5), Up(true), 3}
	for _, v := range vals {
		fmt.Printf("%v|%s|%d|%t|%x|%q\n", v, v, v, v, v, v)
	}
	m := map[string]any{"port": Port(8080)}
	fmt.Printf("%s %d\n", m["port"], m["port"])
}
