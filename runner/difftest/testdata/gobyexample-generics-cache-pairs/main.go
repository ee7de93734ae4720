// difftest: same
// Generics with methods and goroutines: a Stringer pair, a cache guarded
// by a mutex, a parallel map, sorted pairs of a map, a constraint with a
// method, ~string and a channel of a type parameter.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) GetOr(k K, make func() V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v := make()
	c.data[k] = v
	return v
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

func SortedPairs[M ~map[K]V, K cmp.Ordered, V any](m M) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circ struct{ R float64 }

func (c Circ) Area() float64 { return 3 * c.R * c.R }

func Largest[S Shape](shapes []S) S {
	return slices.MaxFunc(shapes, func(a, b S) int { return cmp.Compare(a.Area(), b.Area()) })
}

type Name string

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Ptr[T any](v T) *T { return &v }

func Chan[T any](xs ...T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	return ch
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	fmt.Printf("%v %+v %s\n", p, p, p)
	c := NewCache[string, []int]()
	calls := 0
	mk := func() []int { calls++; return []int{calls} }
	fmt.Println(c.GetOr("x", mk), c.GetOr("x", mk), c.GetOr("y", mk), c.hits, calls)
	fmt.Println(ParallelMap([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }))
	fmt.Println(SortedPairs(map[string]float64{"z": 1, "a": 2.5}))
	fmt.Println(Largest([]Shape{Sq{2}, Circ{1.5}, Sq{1}}))
	fmt.Println(Largest([]Sq{{1}, {3}}))
	n := Upper(Name("gopher"))
	fmt.Printf("%v %T\n", n, n)
	ip := Ptr(42)
	*ip++
	fmt.Println(*ip, *Ptr("s"))
	for v := range Chan(1.5, 2.5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
