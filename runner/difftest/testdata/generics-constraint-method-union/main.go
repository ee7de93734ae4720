// difftest: same

// Constraints that join a type set with a method (~int | ~string plus
// Show), a numeric constraint with conversions between type parameters,
// and a named type declared inside main.
package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	~int | ~string
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

type Tag string

func (t Tag) Show() string { return "@" + string(t) }

func ShowAll[T Shower](xs ...T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Largest[T Shower](xs ...T) T {
	var best T
	for i, x := range xs {
		if i == 0 || x > best {
			best = x
		}
	}
	return best
}

type Num interface {
	~int | ~int32 | ~float64
}

func Avg[T Num](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Convert[From, To Num](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func main() {
	fmt.Println(ShowAll(ID(3), ID(12)))
	fmt.Println(ShowAll[Tag]("go", "zig"))
	fmt.Println(Largest(ID(3), ID(12), ID(7)).Show(), Largest(Tag("b"), Tag("c"), Tag("a")))
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]float64{}), Avg([]int32{7}))
	fmt.Println(Convert[float64, int]([]float64{1.9, -2.7, 3}))
	fmt.Println(Convert[int, float64]([]int{1, 2}))
	type Cents int32
	fmt.Printf("%.2f\n", Avg([]Cents{100, 250}))
}
