// difftest: same
package main

import "fmt"

// Map elements beside other values: nil and values of one call, receive,
// assertion or index going to a map's element, zero values too, which the
// interpreter left out of the map.

func lookup(k string) (any, bool) { return nil, k != "" }

func two() (int, string) { return 0, "" }

func main() {
	m := map[string]any{}
	var n int
	m["k"], n = nil, 3
	fmt.Println(len(m), m, n)

	var ok bool
	m["a"], ok = lookup("a")
	fmt.Println(len(m), ok)
	ch := make(chan any, 2)
	ch <- nil
	close(ch)
	m["b"], ok = <-ch
	fmt.Println(len(m), ok)
	m["c"], ok = <-ch
	fmt.Println(len(m), m, ok)

	var v any = 3
	var x fmt.Stringer
	b := map[string]bool{}
	x, b["s"] = v.(fmt.Stringer)
	fmt.Println(x, b)
	es := map[int]error{}
	var ee any = fmt.Errorf("e")
	es[1], ok = ee.(error)
	fmt.Println(es, ok)
	es[2], ok = v.(error)
	fmt.Println(len(es), es[2], ok)

	mi := map[string]int{}
	ci := make(chan int, 1)
	ci <- 0
	mi["a"], ok = <-ci
	fmt.Println(mi, ok)
	var s string
	mi["b"], s = two()
	fmt.Println(mi, s == "")
	ms := map[int]string{}
	n, ms[1] = two()
	fmt.Println(len(ms), n)
	mb := map[int]bool{}
	var i int
	i, mb[2] = v.(int)
	fmt.Println(mb, i)
	src := map[int]int{}
	mi["c"], ok = src[5]
	fmt.Println(mi, ok)

	ch2 := make(chan any, 1)
	ch2 <- nil
	select {
	case m["d"], ok = <-ch2:
		fmt.Println(len(m), ok)
	}
}
