// difftest: same
package main

// math/big, as its package examples use it: the 100th Fibonacci number,
// a factorial, exact rationals, a square root to many digits, and a
// probable prime.

import (
	"fmt"
	"math"
	"math/big"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f := fib(100)
	fmt.Println(f)
	fmt.Println(f.ProbablyPrime(20), fib(83).ProbablyPrime(20))
	fmt.Println(factorial(30), len(factorial(100).String()))
	fmt.Println(new(big.Int).MulRange(1, 20))

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println(ok)
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m, x.Cmp(q), x.Sign(), x.BitLen())
	fmt.Printf("%x %o %b\n", big.NewInt(255), big.NewInt(8), big.NewInt(5))
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), r.IsInt())
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println(sum, sum.FloatString(10))

	const prec = 200
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(prec).Sqrt(two)
	fmt.Println(sqrt2.Text('f', 50))
	fmt.Printf("%.20f\n", sqrt2)
	v, acc := sqrt2.Float64()
	fmt.Println(v, acc, v == math.Sqrt2)
	z, _, err := big.ParseFloat("1e1000", 10, 64, big.ToNearestEven)
	fmt.Println(z, err, z.IsInf())
}
