// difftest: same
package main

import "fmt"

// A graph whose nodes and edges hold each other, generic over the
// node id, and a pair that holds its own swapped instance.
type node[K comparable] struct {
	id  K
	out []*edge[K]
}

type edge[K comparable] struct {
	to   *node[K]
	cost int
}

type pair[A, B any] struct {
	a    A
	b    B
	flip *pair[B, A]
}

func (n *node[K]) link(to *node[K], cost int) { n.out = append(n.out, &edge[K]{to, cost}) }

func (p *pair[A, B]) swapped() *pair[B, A] {
	if p.flip == nil {
		p.flip = &pair[B, A]{a: p.b, b: p.a, flip: p}
	}
	return p.flip
}

func walk[K comparable](n *node[K], seen map[K]bool) []K {
	if seen[n.id] {
		return nil
	}
	seen[n.id] = true
	out := []K{n.id}
	for _, e := range n.out {
		out = append(out, walk(e.to, seen)...)
	}
	return out
}

func main() {
	a, b, c := &node[string]{id: "a"}, &node[string]{id: "b"}, &node[string]{id: "c"}
	a.link(b, 1)
	b.link(c, 2)
	c.link(a, 3)
	fmt.Println(walk(a, map[string]bool{}), len(a.out), a.out[0].cost)
	fmt.Printf("%T %T\n", a, a.out[0])
	p := &pair[string, int]{a: "x", b: 1}
	q := p.swapped()
	fmt.Printf("%v %v %T %v\n", q.a, q.b, q, q.swapped() == p)
}
