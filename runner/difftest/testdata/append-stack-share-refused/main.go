// difftest: refused two appends to a local slice grown from capacity 0 that go to other variables, which share its array in a Go build (a 32-byte buffer on the stack) and not under the interpreter (capacity 1 on the heap)
package main

// A route planner extends a partial route two ways; the route never
// leaves the function, so go build grows it into a buffer on the stack
// with room for both extensions, and the second overwrote the first.

import "fmt"

func main() {
	var route []string
	route = append(route, "home")
	viaPark := append(route, "park")
	viaShop := append(route, "shop")
	fmt.Println(viaPark[1], viaShop[1])
}
