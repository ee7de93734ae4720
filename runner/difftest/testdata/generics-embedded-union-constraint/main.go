// difftest: same
package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

// Stats keeps numbers of one kind; Timings embeds an instance of it.
type Stats[T Number] struct {
	vals []T
}

func (s *Stats[T]) Add(v T) { s.vals = append(s.vals, v) }

func (s Stats[T]) Sum() T {
	var total T
	for _, v := range s.vals {
		total += v
	}
	return total
}

type Ranked[T cmp.Ordered] struct {
	items []T
}

func (r *Ranked[T]) Insert(v T) {
	i, _ := slices.BinarySearch(r.items, v)
	r.items = slices.Insert(r.items, i, v)
}

type Timings struct {
	Stats[time.Duration]
	Label string
}

type Leaderboard struct {
	*Ranked[string]
}

type Score int

type Grade float64

func main() {
	t := Timings{Label: "requests"}
	t.Add(1500 * time.Millisecond)
	t.Add(250 * time.Millisecond)
	fmt.Println(t.Label, t.Sum(), len(t.vals))
	var scores Stats[Score]
	scores.Add(3)
	scores.Add(4)
	fmt.Println(scores.Sum())
	var grades Stats[Grade]
	grades.Add(2.5)
	fmt.Printf("%.1f %T\n", grades.Sum(), grades.Sum())
	lb := Leaderboard{&Ranked[string]{}}
	for _, n := range []string{"cy", "ann", "bo"} {
		lb.Insert(n)
	}
	fmt.Println(lb.items)
	var rs Ranked[Score]
	rs.Insert(5)
	rs.Insert(1)
	fmt.Println(rs.items)
}
