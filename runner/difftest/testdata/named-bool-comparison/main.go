// difftest: same
package main

import "fmt"

// Online says whether a peer answered; Verbose has a String method.
type Online bool

type Verbose bool

func (v Verbose) String() string {
	if v {
		return "verbose"
	}
	return "quiet"
}

type Peer struct {
	Port   int
	Online Online
}

var ports = []int{8080, 0, 9090}

func up(port int) Online { return port > 0 }

func mark(o Online) string { return fmt.Sprint("marked ", o) }

func both(a, b int) (Online, Online) { return a > 0, b > 0 }

func main() {
	seen := map[Online]int{}
	for _, p := range ports {
		seen[p > 0]++
	}
	fmt.Println(seen)

	var first Online = ports[0] == 8080
	var level Verbose = len(ports) > 2 && ports[1] == 0 || !(ports[2] > 0)
	fmt.Println(first, level)

	peers := []Peer{{Port: ports[0], Online: ports[0] != 0}, {ports[1], ports[1] != 0}}
	fmt.Println(peers, up(ports[2]), mark(ports[1] > 0))

	byState := map[Online][]int{ports[0] > 0: {ports[0]}, ports[1] > 0: {ports[1]}}
	fmt.Println(byState)

	states := make(chan Online, 2)
	states <- ports[2] > 9000
	states <- ports[2] < 9000
	fmt.Println(<-states, <-states)

	fmt.Println(first == (ports[1] > 0), first != (len(ports) == 3))
	a, b := both(ports[0], ports[1])
	a, b = b == (ports[0] > 0), a
	fmt.Println(a, b)

	switch first {
	case ports[1] > 0:
		fmt.Println("first like second")
	case ports[2] > 0:
		fmt.Println("first like third")
	}

	var any1 any = Online(ports[0] > 1)
	if o, ok := any1.(Online); ok {
		fmt.Println("online", o)
	}
	check := func(n int) Verbose { return n%2 == 0 }
	fmt.Println(check(2), check(3), []Verbose{ports[0] > 1, ports[1] > 1})
}
