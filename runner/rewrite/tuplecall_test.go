package rewrite_test

import (
	"testing"
)

// TestTupleCallWhere checks which spread results of a call the pass
// assigns or returns through a function literal: a result of a type the
// script declares with methods going to an interface with methods, in an
// assignment to variables or a return; not a short declaration, a result
// going to an empty interface or to its own type, a call of Go's library,
// nor an assignment to more than variables, which evalorder makes.
func TestTupleCallWhere(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n\t\"strconv\"\n)\n\ntype E struct{ s string }\n\nfunc (e E) Error() string { return e.s }\n\ntype C struct{ net.Conn }\n\nfunc dial() (*C, error) { return &C{}, nil }\n\nfunc check() (int, E) { return 0, E{} }\n\nvar _ = strconv.Itoa\n\n"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "a pointer to a variable of Go's interface",
			body: "func main() {\n\tvar c net.Conn\n\tvar err error\n\tc, err = dial()\n\tfmt.Println(c, err)\n}\n",
			want: []string{"c, err = func() (net.Conn, error) { _tc", " := /*line :24:11*/dial(); return _tc", " }()/*line :24:17*/"},
		},
		{
			name: "a value to an error, in a return",
			body: "func get() (int, error) {\n\treturn check()\n}\n\nfunc main() { fmt.Println(get()) }\n",
			want: []string{"return func() (int, error) { _tc", " := /*line :22:9*/check(); return _tc"},
		},
		{
			name: "a blank takes the result's own type",
			body: "func main() {\n\tvar err error\n\t_, err = check()\n\tfmt.Println(err)\n}\n",
			want: []string{"_, err = func() (int, error) { _tc"},
		},
		{
			name: "left as they are",
			body: "func main() {\n\tc, err := dial()\n\tvar a any\n\tvar e E\n\tvar n int\n\ta, err = dial()\n\tn, e = check()\n\tn, err = strconv.Atoi(\"1\")\n\tvar s struct{ c net.Conn }\n\ts.c, err = dial()\n\tfmt.Println(c, err, a, e, n, s)\n}\n",
			not:  []string{"func() ("},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}
