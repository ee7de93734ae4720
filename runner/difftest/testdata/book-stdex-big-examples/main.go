// difftest: same
package main

// math/big's examples: the 100-digit Fibonacci number with Int, Sqrt(2)
// to 200 bits with Newton's method on Float, e as a sum of Rats, Int's
// SetString and Exp, ProbablyPrime, and formatting with verbs.

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	a := big.NewInt(0)
	b := big.NewInt(1)
	var limit big.Int
	limit.Exp(big.NewInt(10), big.NewInt(99), nil)
	for a.Cmp(&limit) < 0 {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(a.ProbablyPrime(20))

	const prec = 200
	steps := int(math.Log2(prec))
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	half := new(big.Float).SetPrec(prec).SetFloat64(0.5)
	x := new(big.Float).SetPrec(prec).SetInt64(1)
	t := new(big.Float)
	for i := 0; i <= steps; i++ {
		t.Quo(two, x)
		t.Add(x, t)
		x.Mul(half, t)
	}
	fmt.Printf("sqrt(2) = %.50f\n", x)
	t.Mul(x, x)
	fmt.Printf("error = %e\n", t.Sub(two, t))

	e := new(big.Rat)
	fact := big.NewInt(1)
	for i := int64(0); i < 20; i++ {
		if i > 0 {
			fact.Mul(fact, big.NewInt(i))
		}
		e.Add(e, new(big.Rat).SetFrac(big.NewInt(1), fact))
	}
	fmt.Println(e.FloatString(30))
	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.Num(), r.Denom(), r.IsInt())

	i := new(big.Int)
	_, ok := i.SetString("644", 8)
	fmt.Println(i, ok)
	_, ok = i.SetString("12z", 10)
	fmt.Println(ok)
	i.SetString("123456789012345678901234567890", 10)
	fmt.Printf("%d %x %s %v %08d\n", i, i, i.Text(36), i.Sign(), big.NewInt(42))
	m := new(big.Int).Exp(big.NewInt(4), big.NewInt(13), big.NewInt(497))
	fmt.Println(m, new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	q, rem := new(big.Int).QuoRem(big.NewInt(-7), big.NewInt(2), new(big.Int))
	d, mo := new(big.Int).DivMod(big.NewInt(-7), big.NewInt(2), new(big.Int))
	fmt.Println(q, rem, d, mo)
	f, _ := new(big.Float).SetString("1.5e100")
	fmt.Println(f, f.Text('g', 5), f.MantExp(nil))
}
