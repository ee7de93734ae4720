// difftest: same

package main

// math/rand/v2 from fixed seeds: PCG's IntN, Perm and Shuffle, ChaCha8's
// Int64N, and a Zipf distribution.

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1, r.Uint32())
	perm := r.Perm(5)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.Int64N(1000), rand.N(int64(50)) < 50)
	fmt.Println(rand.N(10) < 10, rand.IntN(5) < 5)
	z := rand.NewZipf(r, 1.5, 2, 10)
	fmt.Println(z.Uint64(), z.Uint64())
}
