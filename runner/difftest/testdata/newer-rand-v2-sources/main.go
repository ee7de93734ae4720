// difftest: same
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.Int64N(1000), r.Float64() < 1, r.Perm(5))
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.Uint64(), c.IntN(10))
	s := []string{"a", "b", "c", "d"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	d := rand.N(10 * time.Millisecond)
	fmt.Println(d >= 0 && d < 10*time.Millisecond)
	n := rand.N[int64](5)
	fmt.Println(n >= 0 && n < 5, rand.IntN(3) < 3, rand.UintN(4) < 4)
	z := rand.NewZipf(r, 1.5, 2, 10)
	fmt.Println(z.Uint64())
	fmt.Println(r.NormFloat64() != 0, r.ExpFloat64() > 0)
}
