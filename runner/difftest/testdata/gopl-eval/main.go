// difftest: same
package main

// eval of chapter 7 of The Go Programming Language: an Expr interface
// with Eval(Env) and Check, implemented by Var (a string), literal (a
// float64), unary, binary and call structs; the interpreter's tree for
// sqrt(A / pi) and friends built by hand (the book's parser is left out),
// evaluated, checked, and printed back by String methods.

import (
	"fmt"
	"math"
	"strings"
)

type Env map[Var]float64

type Expr interface {
	Eval(env Env) float64
	Check(vars map[Var]bool) error
	String() string
}

type Var string
type literal float64
type unary struct {
	op rune // one of '+', '-'
	x  Expr
}
type binary struct {
	op   rune // one of '+', '-', '*', '/'
	x, y Expr
}
type call struct {
	fn   string // one of "pow", "sin", "sqrt"
	args []Expr
}

func (v Var) Eval(env Env) float64       { return env[v] }
func (l literal) Eval(_ Env) float64     { return float64(l) }
func (v Var) Check(m map[Var]bool) error { m[v] = true; return nil }
func (literal) Check(map[Var]bool) error { return nil }
func (v Var) String() string             { return string(v) }
func (l literal) String() string         { return fmt.Sprintf("%g", float64(l)) }

func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}

func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}

func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (u unary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-", u.op) {
		return fmt.Errorf("unexpected unary op %q", u.op)
	}
	return u.x.Check(vars)
}

func (b binary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-*/", b.op) {
		return fmt.Errorf("unexpected binary op %q", b.op)
	}
	if err := b.x.Check(vars); err != nil {
		return err
	}
	return b.y.Check(vars)
}

var numParams = map[string]int{"pow": 2, "sin": 1, "sqrt": 1}

func (c call) Check(vars map[Var]bool) error {
	arity, ok := numParams[c.fn]
	if !ok {
		return fmt.Errorf("unknown function %q", c.fn)
	}
	if len(c.args) != arity {
		return fmt.Errorf("call to %s has %d args, want %d", c.fn, len(c.args), arity)
	}
	for _, arg := range c.args {
		if err := arg.Check(vars); err != nil {
			return err
		}
	}
	return nil
}

func (u unary) String() string  { return fmt.Sprintf("(%c%s)", u.op, u.x) }
func (b binary) String() string { return fmt.Sprintf("(%s %c %s)", b.x, b.op, b.y) }
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
		{call{"sqrt", []Expr{binary{'/', Var("A"), Var("pi")}}}, Env{"A": 87616, "pi": math.Pi}},
		{call{"pow", []Expr{Var("x"), literal(3)}}, Env{"x": 12}},
		{binary{'+', call{"pow", []Expr{Var("x"), literal(3)}}, call{"pow", []Expr{Var("y"), literal(3)}}}, Env{"x": 9, "y": 10}},
		{binary{'/', literal(5), binary{'-', Var("F"), literal(32)}}, Env{"F": 212}},
		{unary{'-', binary{'*', literal(1), Var("x")}}, Env{"x": 2}},
	}
	for _, test := range tests {
		vars := make(map[Var]bool)
		fmt.Printf("%s\t%v\t%.6g\n", test.expr, test.expr.Check(vars), test.expr.Eval(test.env))
	}
	for _, bad := range []Expr{call{"log", nil}, call{"sqrt", nil}, unary{'!', Var("x")}} {
		fmt.Println(bad.Check(map[Var]bool{}))
	}
	var e Expr = Var("pi")
	fmt.Println(e, e.Eval(Env{"pi": 3}), literal(2.5))
}
