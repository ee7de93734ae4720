package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("selectsendlibrary", "select-send-own-interface"))
}

// TestSelectSends checks that pass selectsend evaluates, before a select
// with a case that sends a value of several steps, every channel operand
// and sent value in source order, each value converted to its type, and
// leaves a select whose values take one step alone.
func TestSelectSends(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\nvar x = 1\n\nfunc main() {\n\tc, d := make(chan any, 9), make(chan int64, 1)\n\tn, h, ptrs := uint(2), struct{ in chan int }{}, make(chan *[1]int, 1)\n\t_, _, _, _, _, _ = c, d, n, h, fmt.Sprint, ptrs\n\t"
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
		{"a pointer converted in parentheses", "select {\n\tcase ptrs <- &[1]int{x}:\n\t}", []string{"_sel2 := (*[1]int)(/*line :12:15*/&[1]int{x})"}, nil},
		{"a labeled select", "L:\n\tselect {\n\tcase c <- x*2 + 1:\n\t\tbreak L\n\t}", []string{"_sel2 := int(/*line :13:12*/x*2 + 1); /*line :11:2*/L:"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}

// TestSelectSendsToInterface: a value of the script's type sent as an
// interface with methods by a select's case, of one step or several, is
// evaluated before the select through a function of the file's own that
// converts it, of Go's library's interface or the script's; a value of an
// interface type, or sent on a chan of the script's type, is left as it
// is, and so is a pointer that may be nil, which ifaceconv boxes.
func TestSelectSendsToInterface(t *testing.T) {
	const head = "package main\n\ntype E struct{ n int }\n\nfunc (e *E) Error() string { return \"e\" }\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{ s int }\n\nfunc (q Sq) Area() int { return q.s }\n\nfunc main() {\n\terrs, shapes, sqs := make(chan error, 1), make(chan Shape, 1), make(chan Sq, 1)\n\tq := Sq{2}\n\tvar err error; _, _, _, _, _ = errs, shapes, sqs, q, err\n\t"
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"a pointer on a chan error", "select {\n\tcase errs <- &E{1}:\n\t}", []string{"_sel5 := _selc4(/*line :18:15*/&E{1}); /*line :17:2*/select {", "func _selc4(v *E) error { return v }", "case _sel3/*line :18:11*/ <- _sel5/*line :18:20*/:"}, nil},
		{"a name on a chan of the script's interface", "select {\n\tcase shapes <- q:\n\tdefault:\n\t}", []string{"_sel5 := _selc4(/*line :18:17*/q)", "func _selc4(v Sq) Shape { return v }"}, nil},
		{"left as they are", "select {\n\tcase errs <- err:\n\tcase sqs <- q:\n\t}", nil, []string{"_sel"}},
		{"a pointer that may be nil, boxed by ifaceconv", "var p *E\n\tselect {\n\tcase errs <- p:\n\t}", nil, []string{"_selc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}

// TestSelectSendsLibraryToInterface: a value of Go's library's type, a
// constant among them, sent by a select's case on a chan of the script's
// interface or of a literal interface, is converted before the select as
// a value of the script's type is; on a chan of Go's library's interface
// it is left as it is.
func TestSelectSendsLibraryToInterface(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\ntype Namer interface{ String() string }\n\nfunc main() {\n\tnames, lits, strs := make(chan Namer, 1), make(chan interface{ String() string }, 1), make(chan fmt.Stringer, 1)\n\td := time.Second\n\t_, _, _, _ = names, lits, strs, d\n\t"
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"a variable", "select {\n\tcase names <- d:\n\t}", []string{"func _selc2(v time.Duration) Namer { return v }", "_selc2(/*line :15:16*/d)"}, nil},
		{"a constant", "select {\n\tcase names <- time.Minute:\n\t}", []string{"_selc2(/*line :15:16*/time.Minute)"}, nil},
		{"converted as written", "select {\n\tcase names <- Namer(d):\n\t}", []string{"_selc2(/*line :15:16*/Namer(d))"}, nil},
		{"a literal interface", "select {\n\tcase lits <- d:\n\t}", []string{"_selc2(/*line :15:15*/d)"}, nil},
		{"Go's library's interface", "select {\n\tcase strs <- d:\n\t}", nil, []string{"_selc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}
