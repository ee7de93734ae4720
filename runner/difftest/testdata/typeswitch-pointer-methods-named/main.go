// difftest: same

package main

import "fmt"

type Level int

func (l *Level) Up() { *l++ }

type Names []string

func (n *Names) Add(s string) { *n = append(*n, s) }

func main() {
	var l Level = 1
	var ns Names
	ns.Add("a")
	vals := []any{&l, &ns}
	ch := make(chan any, 2)
	ch <- &l
	ch <- &ns
	vals = append(vals, <-ch, <-ch)
	for _, v := range vals {
		switch x := v.(type) {
		case *Level:
			fmt.Println("level", *x)
		case *Names:
			fmt.Println("names", *x)
		default:
			fmt.Printf("other %v\n", x)
		}
	}
}
