// difftest: same
package main

// A board game keeps its tiles as pointers to small arrays and slices,
// written in literals that leave out the &[2]int of each element: Go
// allows it for any pointer element type.

import "fmt"

type Grid [2][2]int

func main() {
	arrs := map[string]*[2]int{"a": {1, 2}}
	arrs["a"][1] = 9
	fmt.Println(*arrs["a"])
	ps := []*[2]string{{"x", "y"}}
	ps[0][0] = "z"
	fmt.Println(*ps[0])
	lists := []*[]int{{1, 2}, {}}
	*lists[1] = append(*lists[1], 3)
	fmt.Println(*lists[0], *lists[1])
	gs := []*Grid{{{1, 2}, {3, 4}}}
	gs[0][1][0] = 30
	fmt.Println(*gs[0])
	arr := [2]*[2]int{{5, 6}, {7, 8}}
	fmt.Println(*arr[1])
	seen := map[*[1]int]bool{{1}: true}
	for k, v := range seen {
		fmt.Println(*k, v)
	}
	nested := [][]*[2]int{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(len(nested), *nested[1][1])
	counts := map[string]*map[string]int{"w": {"x": 1}}
	(*counts["w"])["y"] = 2
	fmt.Println(len(*counts["w"]), (*counts["w"])["y"])
}
