package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("recvreturn", "gopl-bank-monitor"),
		program{"recvreturn_forms", `package main

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
	)
}

// TestRecvReturnEdits checks which return operands the pass parenthesises.
func TestRecvReturnEdits(t *testing.T) {
	const head = "package main\n\nvar c = make(chan int)\n\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"receive", "func f() int { return <-c }\n", []string{"return (/*line :5:23*/<-c)/*line :5:26*/ }"}, nil},
		{"second operand", "func f() (int, int) { return 1, <-c }\n", []string{"(/*line :5:33*/<-c)/*line :5:36*/"}, nil},
		{"parenthesised", "func f() int { return (<-c) }\n", nil, []string{"/*line"}},
		{"in an expression", "func f() int { return 1 + <-c }\n", nil, []string{"/*line"}},
		{"assigned", "func f() int { v := <-c; return v }\n", nil, []string{"/*line"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}
