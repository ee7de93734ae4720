// difftest: same
package main

// Go by Example, Random Numbers: math/rand/v2 with a seeded PCG source,
// which repeats from run to run, and math/rand's seeded generator, as a
// game or a test uses them; plus shuffling and permutations.

import (
	"fmt"
	mrand "math/rand"
	"math/rand/v2"
)

func main() {
	s2 := rand.NewPCG(42, 1024)
	r2 := rand.New(s2)
	fmt.Print(r2.IntN(100), ",")
	fmt.Print(r2.IntN(100))
	fmt.Println()

	s3 := rand.NewPCG(42, 1024)
	r3 := rand.New(s3)
	fmt.Print(r3.IntN(100), ",")
	fmt.Print(r3.IntN(100))
	fmt.Println()

	fmt.Printf("%.4f %d %d\n", r2.Float64(), r2.Int64N(1e9), r2.Uint32())
	perm := r2.Perm(6)
	fmt.Println(perm)
	words := []string{"ant", "bee", "cat", "dog", "eel"}
	r2.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)

	cha := rand.NewChaCha8([32]byte{1, 2, 3})
	r4 := rand.New(cha)
	fmt.Println(r4.IntN(1000), r4.IntN(1000), r4.NormFloat64() != 0)

	old := mrand.New(mrand.NewSource(7))
	fmt.Println(old.Intn(100), old.Intn(100), old.Int63()%1000)
	fmt.Printf("%.5f\n", old.Float64())
	dice := make(map[int]int)
	for i := 0; i < 600; i++ {
		dice[old.Intn(6)+1]++
	}
	total := 0
	for face := 1; face <= 6; face++ {
		total += dice[face]
	}
	fmt.Println(total, len(dice), dice[1])
	fmt.Println(old.Perm(5))
	z := mrand.NewZipf(old, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64())
}
