// difftest: same
package main

// cake of chapter 8 of The Go Programming Language: a bakery pipeline of
// three stages (bake, ice, inscribe) joined by channels, with buffers
// between them and a number of icers working in parallel; the book
// measures it with varying delays, here each stage does its fixed
// work on the cake and the shop counts what comes out in order of cake
// number (the icers may finish them in any order).

import (
	"fmt"
	"sort"
	"sync"
)

type cake struct {
	n      int
	layers []string
}

type Shop struct {
	Cakes    int // number of cakes to bake
	BakeBuf  int // buffer slots between baking and icing
	NumIcers int // number of cooks doing icing
	IceBuf   int // buffer slots between icing and inscribing
}

func (s *Shop) baker(baked chan<- cake) {
	for i := 0; i < s.Cakes; i++ {
		baked <- cake{n: i, layers: []string{"sponge"}}
	}
	close(baked)
}

func (s *Shop) icer(iced chan<- cake, baked <-chan cake, wg *sync.WaitGroup) {
	defer wg.Done()
	for c := range baked {
		c.layers = append(c.layers, "icing")
		iced <- c
	}
}

func (s *Shop) inscriber(iced <-chan cake) []cake {
	var done []cake
	for c := range iced {
		c.layers = append(c.layers, fmt.Sprintf("happy birthday #%d", c.n))
		done = append(done, c)
	}
	return done
}

// Work runs the simulation.
func (s *Shop) Work() []cake {
	baked := make(chan cake, s.BakeBuf)
	iced := make(chan cake, s.IceBuf)
	go s.baker(baked)
	var wg sync.WaitGroup
	for i := 0; i < s.NumIcers; i++ {
		wg.Add(1)
		go s.icer(iced, baked, &wg)
	}
	go func() {
		wg.Wait()
		close(iced)
	}()
	return s.inscriber(iced)
}

func main() {
	for _, shop := range []Shop{
		{Cakes: 5, BakeBuf: 0, NumIcers: 1, IceBuf: 0},
		{Cakes: 8, BakeBuf: 4, NumIcers: 3, IceBuf: 2},
	} {
		cakes := shop.Work()
		sort.Slice(cakes, func(i, j int) bool { return cakes[i].n < cakes[j].n })
		fmt.Printf("%+v: %d cakes\n", shop, len(cakes))
		for _, c := range cakes[:3] {
			fmt.Println(" ", c.n, c.layers)
		}
	}
}
