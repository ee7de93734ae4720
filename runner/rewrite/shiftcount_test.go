package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("shiftcount", "numbers-negative-shift-count"))
}

// TestShiftCountWhere checks which shift counts the pass routes through
// the check (a signed count that may be negative) and which it leaves as
// they are, and that the columns after them stay theirs.
func TestShiftCountWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "a parameter",
			body: "func bit(n int) int { return 1 << n }",
			want: []string{"return 1 << _sl1.ShiftCount(int64(/*line :5:35*/n))/*line :5:36*/ }"},
		},
		{
			name: "an assignment's shift, a variable decremented",
			body: "func f(x int) int {\n\ts := 3\n\ts--\n\tx <<= s\n\treturn x\n}",
			want: []string{"x <<= _sl1.ShiftCount(int64(/*line :8:8*/s))/*line :8:9*/"},
		},
		{
			name: "a difference, a call's result",
			body: "func f(a, b []int) int { i := len(a) - len(b); return 1<<i | 1<<g() }\n\nfunc g() int8 { return 2 }",
			want: []string{"1<<_sl1.ShiftCount(int64(/*line :5:58*/i))/*line :5:59*/", "1<<_sl1.ShiftCount(int64(/*line :5:65*/_v2"},
		},
		{
			name: "counts that cannot be negative",
			body: "func f(xs []string, u uint, b byte) (r int) {\n\tfor i := 0; i < 8; i++ {\n\t\tr |= 1 << i\n\t}\n\tfor i := range xs {\n\t\tr += 1 << i\n\t}\n\tn := len(xs) + 1\n\tvar k int\n\tk = n * 2\n\treturn r<<u + r<<int(b) + r<<n + r>>k + r<<3\n}",
			not:  []string{"ShiftCount"},
		},
		{
			name: "a range's value, a type switch's variable, a variable whose address is taken",
			body: "func f(xs []int, v any) (r int) {\n\tfor _, x := range xs {\n\t\tr += 1 << x\n\t}\n\tswitch n := v.(type) {\n\tcase int:\n\t\tr += 1 << n\n\t}\n\tm := 1\n\tp := &m\n\t_ = p\n\treturn r << m\n}",
			want: []string{"1 << _sl1.ShiftCount(int64(/*line :7:13*/x))", "1 << _sl1.ShiftCount(int64(/*line :11:13*/n))", "r << _sl1.ShiftCount(int64(/*line :16:14*/m))"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc main() {}\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
