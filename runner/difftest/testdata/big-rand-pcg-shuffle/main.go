// difftest: same
package main

// math/rand/v2 with a fixed PCG seed (IntN, Float64, Perm, Shuffle, N of a
// Duration, a ChaCha8 source too) feeding math/big: a factorial, a
// Fibonacci number, a big.Rat sum, GCD, ProbablyPrime, Exp mod and
// SetString errors.

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Int64N(1<<40), r.Uint32())
	fmt.Printf("%.6f %v\n", r.Float64(), r.Perm(6))
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(rand.N(time.Duration(1)) == 0, time.Duration(r.Int64N(int64(time.Second))).Round(time.Millisecond) < time.Second)
	var seed [32]byte
	copy(seed[:], "socklab-seed-for-chacha8-source!")
	c := rand.New(rand.NewChaCha8(seed))
	fmt.Println(c.IntN(1000), c.IntN(1000), c.NormFloat64() != 0)

	f := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("30! =", f, "bits", f.BitLen())
	a, b := big.NewInt(0), big.NewInt(1)
	for range 100 {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(100) =", a)
	g := new(big.Int).GCD(nil, nil, f, a)
	fmt.Println("gcd", g, "prime?", big.NewInt(1_000_000_007).ProbablyPrime(20))
	m := new(big.Int).Exp(big.NewInt(int64(r.IntN(50)+2)), big.NewInt(1000), big.NewInt(1_000_000_007))
	fmt.Println("pow mod", m)
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", sum, sum.FloatString(8))
	_, ok := new(big.Int).SetString("12x4", 10)
	h, ok2 := new(big.Int).SetString("ff_ff", 0)
	fmt.Println(ok, h, ok2, f.Cmp(a), a.Sign(), fmt.Sprintf("%x %08d", big.NewInt(255), big.NewInt(42)))
	x := new(big.Float).SetPrec(100).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(x.Text('g', 20))
}
