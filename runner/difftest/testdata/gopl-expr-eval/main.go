// difftest: same
package main

// The Go Programming Language, 7.9: an expression evaluator built from an
// interface and one concrete type per kind of expression.

import (
	"fmt"
	"math"
	"strings"
)

type Var string
type literal float64

type unary struct {
	op rune
	x  Expr
}

type binary struct {
	op   rune
	x, y Expr
}

type call struct {
	fn   string
	args []Expr
}

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	String() string
}

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (v Var) String() string         { return string(v) }
func (l literal) String() string     { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string       { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string      { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }

func (u unary) Eval(env Env) float64 {
	if u.op == '-' {
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}

func (c call) Eval(env Env) float64 {
	if c.fn == "pow" {
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	}
	return math.Sqrt(c.args[0].Eval(env))
}

func (c call) String() string {
	var args []string
	for _, a := range c.args {
		args = append(args, a.String())
	}
	return c.fn + "(" + strings.Join(args, ", ") + ")"
}

func main() {
	tests := []struct {
		expr Expr
		env  Env
	}{
		{call{"sqrt", []Expr{Var("A")}}, Env{"A": 87616}},
		{call{"pow", []Expr{Var("x"), literal(3)}}, Env{"x": 12}},
		{binary{'+', call{"pow", []Expr{Var("x"), literal(3)}}, call{"pow", []Expr{Var("y"), literal(3)}}}, Env{"x": 9, "y": 10}},
		{binary{'/', literal(5), unary{'-', Var("F")}}, Env{"F": 2}},
	}
	for _, test := range tests {
		got := fmt.Sprintf("%.6g", test.expr.Eval(test.env))
		fmt.Printf("%s\t%v => %s\n", test.expr, test.env, got)
	}
	var e Expr = binary{'%', literal(1), literal(2)}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(e.Eval(nil))
}
