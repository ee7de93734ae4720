package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("negzero", "numbers-negative-zero-args"))
}

// TestNegZeroWhere checks which calls of declared functions the pass makes
// through the function's type (an argument that may be -0 for a parameter
// holding floats), which it leaves as they are, and that the columns after
// them stay theirs.
func TestNegZeroWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "a float variable",
			body: "func main() { x := math.Copysign(0, -1); show(x) }",
			want: []string{"); var _nz1 = (func(float64))(show)\n", "_nz1/*line :10:46*/(x) }"},
		},
		{
			name: "a struct, an array and a complex",
			body: "type V struct{ X float64 }\n\nfunc v(V)               {}\nfunc a([2]float32)      {}\nfunc c(complex64)       {}\n\nfunc main() { x := V{}; v(x); a([2]float32{}); c(complex64(complex(0, math.Inf(1)))) }",
			want: []string{"var _nz1 = (func(V))(v)", "var _nz2 = (func(complex64))(c)"},
			not:  []string{"(func([2]float32))(a)"},
		},
		{
			name: "results spread over the parameters",
			body: "func two() (float64, int) { return 0, 1 }\n\nfunc take(x float64, n int) {}\n\nfunc main() { take(two()) }",
			want: []string{"var _nz1 = (func(float64, int))(take)", "_nz1/*line :14:19*/(two())"},
		},
		{
			name: "arguments that cannot be -0",
			body: "func main() {\n\tn := 3\n\tx := 1.5\n\tshow(2)\n\tshow(float64(n))\n\tshow(x + 1)\n\tshow(1 - x)\n\tshow((x + 0.5))\n}",
			not:  []string{"(func(float64))(show)"},
		},
		{
			name: "parameters that hold no float, a variadic one, a deferred call",
			body: "func ints(n int, s []float64, p *float64) {}\n\nfunc many(xs ...float64) {}\n\nfunc main() {\n\tx := -1.0\n\tints(1, []float64{x}, &x)\n\tmany(x * 0)\n\tdefer show(x * 0)\n}",
			not:  []string{")(ints)", ")(many)", ")(show)"},
		},
		{
			name: "a goroutine, an instance of a generic function",
			body: "func id[T any](x T) T { return x }\n\nfunc main() {\n\tx := -1.0\n\tgo show(x * 0)\n\t_ = id(x * 0)\n}",
			want: []string{"go (func(float64))(show)/*line :14:9*/(x * 0)", "_ = func(_fn1 func(float64) float64) func(float64) float64 { return _fn1 }(/*line :15:6*/_id2)/*line :15:8*/(x * 0)"},
		},
		{
			name: "in a generic function, for a type parameter that may be a float",
			body: "type Int interface{ ~int | ~int64 }\n\nfunc id[T any](x T) T { return x }\n\nfunc wrap[T any](x T) T { return id(x) }\n\nfunc count[T Int](x T) T { return id(x) }\n\nfunc main() { _, _ = wrap(1.5), count(2) }",
			want: []string{"func _wrap2(x float64) float64 { return func(_fn1 func(float64) float64) func(float64) float64 { return _fn1 }(/*line :14:34*/_id4)/*line :14:36*/(x) }"},
			not:  []string{"(func(int) int)("},
		},
		{
			name: "operands of && and ||, a literal made before the function, a package's variable",
			body: "var early = near(math.Copysign(0, -1), 0)\n\nfunc near(a, b float64) bool { return a == b }\n\nfunc main() {\n\tx := -1.0\n\t_ = near(x*0, 0) && (near(x*0, 0) || near(x*0, 1))\n\tfunc() { later(x * 0) }()\n}\n\nfunc later(float64) {}",
			want: []string{
				"var _nz2 = (func(float64, float64) bool)(near); var _nz3 = (func(float64))(later)\n",
				"var early = func(_fn1 func(float64, float64) bool) func(float64, float64) bool { return _fn1 }(/*line :10:13*/near)/*line :10:17*/(math.Copysign",
				"_ = _nz2/*line :16:10*/(x*0, 0) && (_nz2/*line :16:27*/(x*0, 0) || _nz2/*line :16:43*/(x*0, 1))",
				"func() { _nz3/*line :17:16*/(x * 0) }()",
			},
		},
		{
			name: "a value a select's case sends, a channel it receives from",
			body: "func feed(float64) chan float64 { return nil }\n\nfunc main() {\n\tx := -1.0\n\tout := make(chan float64, 1)\n\tselect {\n\tcase out <- id(x * 0):\n\tcase <-feed(x * 0):\n\t}\n}\n\nfunc id(x float64) float64 { return x }",
			want: []string{"_sel4 := float64(/*line :16:14*/_nz1/*line :16:16*/(x * 0))", "_sel5 := /*line :17:9*/feed(x * 0)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"math\"\n)\n\nvar _ = math.Pi\n\nfunc show(x float64) {}\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
