package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("returnoperands_receive", "gopl-bank-monitor"),
		fromCorpus("returnoperands_builtin", "gobyex-pointers-variadic"),
		program{"returnoperands_receives", `package main

import "fmt"

type box struct{ ch chan string }

func one(c chan int) int                { return <-c }
func two(c chan int) (int, error)      { return <-c, nil }
func second(c chan int) (bool, int)    { return true, <-c }
func field(b *box) string              { return <-b.ch }
func named(c <-chan int) (n int)       { return <-c }
func boxed(c chan int) any             { return <-c }
func nested(c chan chan int) chan int  { return <-c }
func ok(c chan int) (int, bool)        { v, ok := <-c; return v, ok }
func paren(c chan int) int             { return (<-c) }

func main() {
	c := make(chan int, 16)
	for i := range 16 {
		c <- i
	}
	b := &box{make(chan string, 1)}
	b.ch <- "s"
	cc := make(chan chan int, 1)
	cc <- c
	fmt.Println(one(c))
	fmt.Println(two(c))
	fmt.Println(second(c))
	fmt.Println(field(b), named(c), boxed(c), nested(cc) == c, paren(c))
	fmt.Println(ok(c))
	lit := func() int { return <-c }
	fmt.Println(lit())
	close(c)
	v, open := ok(c)
	fmt.Println(one(c), v, open)
}
`},
		program{"returnoperands_builtins", `package main

import "fmt"

func a(s []int) (string, int)             { return "x", len(s) }
func d(s []int) (any, int)                { return "q", cap(s) }
func e(s []int) ([]int, int)              { return append(s, 9), len(s) }
func f(s []int) (int, []int)              { return len(s), append(s, 9) }
func h(x complex128) (float64, float64)   { return real(x), imag(x) }
func m(s []int) (int, error)              { return copy(s, []int{4}), nil }
func n(s []int) (error, int)              { return nil, len(s) }
func p() (int, *int)                      { return 3, new(int) }
func q(a, b int) (int, int)               { return min(a, b), max(a, b) }
func r(m map[string]int) (int, []string) { return len(m), make([]string, 2) }
func t(x float64) (complex128, bool)      { return complex(x, 1), true }
func u(n int) (int, any)                  { return 1, -n }
func v(b bool) any                        { return !b }
func w(n uint8) (bool, any)               { return true, ^n }
func shl(n int) any                       { return n << 1 }
func rem(n int) (int, any)                { return 1, n % 2 }

type box struct{ v any }

func main() {
	s := []int{1, 2}
	fmt.Println(a(s))
	fmt.Println(d(s))
	fmt.Println(e(s))
	fmt.Println(f(s))
	fmt.Println(h(3 + 4i))
	fmt.Println(m(s))
	fmt.Println(n(s))
	x, y := p()
	fmt.Println(x, *y)
	fmt.Println(q(5, 2))
	fmt.Println(r(map[string]int{"a": 1}))
	fmt.Println(t(2))
	fmt.Println(u(3))
	fmt.Println(v(true))
	fmt.Println(w(1))
	fmt.Println(shl(3))
	fmt.Println(rem(3))
	var i any
	m := map[string]any{}
	b := box{}
	arr := []any{0, 0}
	var e interface{}
	i = -shl(1).(int)
	m["a"] = ^7
	b.v = 5 >> uint(len(s))
	arr[1] = !(len(s) > 1)
	e = len(s) % 2
	fmt.Println(i, m, b, arr, e)
	k := 3
	i = -k
	fmt.Println(i)
	i = k << 2
	fmt.Println(i)
}
`},
	)
}

// TestReturnOperandEdits checks which return operands the pass parenthesises.
func TestReturnOperandEdits(t *testing.T) {
	const head = "package main\n\nvar c = make(chan int)\n\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a receive, which pass multivalue parenthesises", "func f() int { return <-c }\n", []string{"return (/*line :5:23*/<-c)/*line :5:26*/ }"}, []string{"((/*line"}},
		{"a receive among several", "func f() (int, int) { return 1, <-c }\n", []string{"return 1, (/*line :5:33*/<-c)/*line :5:36*/ }"}, []string{"((/*line"}},
		{"parenthesised", "func f(n int) any { return (-n) }\n", nil, []string{"/*line"}},
		{"in an expression", "func f(n int) (int, int) { return 1, 1 + -n }\n", nil, []string{"(/*line"}},
		{"a builtin among several", "func f(s []int) (int, int) { return 0, len(s) }\n", []string{"return 0, (/*line :5:40*/len(s))/*line :5:46*/"}, nil},
		{"a builtin first among several", "func f(s []int) (int, error) { return cap(s), nil }\n", []string{"return (/*line :5:39*/cap(s))/*line :5:45*/, nil"}, nil},
		{"a negation", "func f(n int) (int, any) { return 1, -n }\n", []string{"return 1, (/*line :5:38*/-n)/*line :5:40*/"}, nil},
		{"a not", "func f(b bool) any { return !b }\n", []string{"return (/*line :5:29*/!b)"}, nil},
		{"an address", "func f(n int) (int, any) { return 1, &n }\n", nil, []string{"/*line"}},
		{"a constant", "func f() (int, any) { return 1, -2 }\n", nil, []string{"(/*line"}},
		{"a negation of the result's own type", "func f(n int) (int, int) { return 1, -n }\n", nil, []string{"(/*line"}},
		{"a shift returned as an any", "func f(n int) any { return n << 1 }\n", []string{"return (/*line :5:28*/n << 1)/*line :5:34*/ }"}, nil},
		{"a sum returned as an int", "func f(n int) int { return n + 1 }\n", nil, []string{"(/*line"}},
		{"a negation assigned to an any", "func f(n int) { var v any; v = -n; _ = v }\n", []string{"v = (/*line :5:32*/-n)/*line :5:34*/"}, nil},
		{"a remainder assigned to a map's element", "func f(n int) { m := map[int]any{}; m[0] = n % 2 }\n", []string{"m[0] = (/*line :5:44*/n % 2)/*line :5:49*/"}, nil},
		{"a negation assigned to an int", "func f(n int) { var v int; v = -n; _ = v }\n", nil, []string{"(/*line"}},
		{"an interface assigned to an any", "func f(e error) { var v any; v = !(e == nil); _ = v }\n", []string{"v = (/*line"}, nil},
		{"one of two assigned", "func f(n int) { var v any; var w int; v, w = -n, 1; _, _ = v, w }\n", nil, []string{"(/*line"}},
		{"a builtin alone", "func f(s []int) int { return len(s) }\n", nil, []string{"/*line"}},
		{"a call of the script's", "func g() int { return 1 }\nfunc f() (int, int) { return 0, g() }\n", nil, []string{"/*line"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}
