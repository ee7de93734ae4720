package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("selectconst", "select-send-constant-types"))
}

// TestSelectConsts checks that pass selectconst converts a constant that
// a select's case sends to the channel's element type, a type parameter
// among them, and leaves a constant sent on a chan of interfaces, one
// converted as written, and a send outside a select alone.
func TestSelectConsts(t *testing.T) {
	const head = "package main\n\ntype Celsius float64\n\nfunc fill[T ~int8 | ~float64](c chan T) {\n\tselect {\n\tcase c <- 1:\n\t}\n}\n\nfunc main() {\n\tsmall, temps, anys := make(chan int8, 1), make(chan Celsius, 1), make(chan any, 1)\n\t_, _, _ = small, temps, anys\n\t"
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"an untyped integer", "select {\n\tcase small <- 1:\n\t}", []string{"case small <- int8(/*line :15:16*/1)/*line :15:17*/:"}, nil},
		{"a type of the script's", "select {\n\tcase temps <- 100:\n\t}", []string{"case temps <- Celsius(/*line :15:16*/100)/*line :15:19*/:"}, nil},
		{"a type parameter", "fill(small)", []string{"case c <- T(/*line :7:12*/1)/*line :7:13*/:"}, nil},
		{"a chan of interfaces", "select {\n\tcase anys <- 1.5:\n\t}", nil, []string{"(/*line :15:15*/1.5)"}},
		{"converted as written", "select {\n\tcase small <- int8(2):\n\t}", nil, []string{"int8(/*line"}},
		{"a send outside a select", "small <- 1", nil, []string{"int8(/*line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}
