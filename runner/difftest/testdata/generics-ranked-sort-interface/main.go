// difftest: same
package main

import (
	"fmt"
	"sort"
)

type Ranked[T any] struct {
	Item  T
	Score float64
}

func (r Ranked[T]) String() string { return fmt.Sprintf("%v(%.1f)", r.Item, r.Score) }

type ByScore[T any] []Ranked[T]

func (b ByScore[T]) Len() int           { return len(b) }
func (b ByScore[T]) Less(i, j int) bool { return b[i].Score > b[j].Score }
func (b ByScore[T]) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Player struct{ Name string }

func (p Player) String() string { return "@" + p.Name }

func main() {
	rs := ByScore[Player]{{Player{"ann"}, 3.5}, {Player{"bob"}, 9}, {Player{"cy"}, 7.25}}
	sort.Sort(rs)
	fmt.Println(rs)
	fmt.Println([]Ranked[Player](rs))
	fmt.Println(rs[0], len(rs))
	ws := ByScore[string]{{"x", 1}, {"y", 2}}
	sort.Sort(ws)
	fmt.Printf("%v\n", ws)
	var si sort.Interface = ws
	fmt.Println(si.Len())
}
