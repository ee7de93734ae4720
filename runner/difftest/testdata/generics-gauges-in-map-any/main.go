// difftest: same
package main

import (
	"fmt"
	"sort"
)

type Gauge[T int | float64] struct {
	Name string
	Val  T
}

func (g Gauge[T]) String() string { return fmt.Sprintf("%s=%v", g.Name, g.Val) }

type Label struct{ Text string }

func (l Label) String() string { return "'" + l.Text + "'" }

func main() {
	m := map[string]any{
		"cpu":  Gauge[float64]{"cpu", 0.5},
		"mem":  Gauge[int]{"mem", 512},
		"tag":  Label{"prod"},
		"list": []Gauge[int]{{"a", 1}, {"b", 2}},
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, m[k])
	}
	fmt.Println(m["cpu"], m["list"])
	gs := map[string]Gauge[int]{"x": {"x", 9}}
	fmt.Println(gs)
	fmt.Printf("%v\n", any(gs))
}
