package rewrite_test

import "testing"

// TestSelectSends checks that pass selectsend evaluates, before a select
// with a case that sends a value of several steps, every channel operand
// and sent value in source order, each value converted to its type, and
// leaves a select whose values take one step alone.
func TestSelectSends(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\nvar x = 1\n\nfunc main() {\n\tc, d := make(chan any, 9), make(chan int64, 1)\n\tn, h := uint(2), struct{ in chan int }{}\n\t_, _, _, _, _ = c, d, n, h, fmt.Sprint\n\t"
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"a value of several steps", "select {\n\tcase c <- x*2 + 1:\n\tcase <-d:\n\t}", []string{"_sel1 := /*line :12:7*/c; _sel2 := int(/*line :12:12*/x*2 + 1); _sel3 := /*line :13:9*/d; /*line :11:2*/select {", "case _sel1/*line :12:8*/ <- _sel2/*line :12:19*/:"}, nil},
		{"a shifted constant takes the channel's type", "select {\n\tcase d <- 1 << n + 0:\n\t}", []string{"int64(/*line :12:12*/"}, nil},
		{"values of one step", "select {\n\tcase c <- x + 1:\n\tcase c <- fmt.Sprint(x):\n\t}", nil, []string{"_sel"}},
		{"two values received from a field", "select {\n\tcase v, ok := <-h.in:\n\t\t_, _ = v, ok\n\t}", []string{"_sel1 := /*line :12:18*/h.in; /*line :11:2*/select {", "case v, ok := <-_sel1/*line :12:22*/:"}, nil},
		{"two values received from a name", "select {\n\tcase v, ok := <-d:\n\t\t_, _ = v, ok\n\t}", nil, []string{"_sel"}},
		{"one value received from a field", "select {\n\tcase v := <-h.in:\n\t\t_ = v\n\t}", nil, []string{"_sel"}},
		{"a labeled select", "L:\n\tselect {\n\tcase c <- x*2 + 1:\n\t\tbreak L\n\t}", []string{"_sel2 := int(/*line :13:12*/x*2 + 1); /*line :11:2*/L:"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}
