// difftest: same
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%v %s %q\n", Green, Blue, Red)
	s := fmt.Sprint(Green)
	fmt.Println(s, len(s))
}
