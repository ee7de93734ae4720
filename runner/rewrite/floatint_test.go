package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("floatint", "numbers-float-to-int-range"), fromCorpus("floatint-float32", "numbers-int-to-float32-rounding"))
}

// TestFloatIntWhere checks which conversions of floats to integers the
// pass makes in compiled code, which it leaves as they are, and that the
// columns after them stay theirs.
func TestFloatIntWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "to int32, to a byte, to a named uint16",
			body: "type Port uint16\n\nfunc f(x float64, y float32) (int32, byte, Port) { return int32(x), byte(y), Port(x) }",
			want: []string{
				"return int32(_sl2.FloatInt32(float64(/*line :7:65*/x))/*line :7:66*/)",
				"byte(_sl2.FloatInt32(float64(/*line :7:74*/y))/*line :7:75*/)",
				"Port(_sl2.FloatInt32(float64(/*line :7:83*/x))/*line :7:84*/)",
			},
		},
		{
			name: "to uint32",
			body: "func f(x float64) uint32 { return uint32(x * 2) }",
			want: []string{"uint32(_sl1.FloatUint32(float64(/*line :5:42*/x * 2))/*line :5:47*/)"},
		},
		{
			name: "to int, int64, uint64; a constant; an integer",
			body: "func f(x float64, n int64) (int, int64, uint64, int32, int8) { return int(x), int64(x), uint64(x), int32(2.0), int8(n) }",
			not:  []string{"FloatInt32", "FloatUint32"},
		},
		{
			name: "a 64-bit integer to float32, a smaller one",
			body: "type M float32\n\nfunc f(n int64, u uint, i int32) (float32, M, float32) { return float32(n), M(u), float32(i) }",
			want: []string{
				"float32(_sl2.Int64Float32(int64(/*line :7:73*/n))/*line :7:74*/)",
				"M(_sl2.Uint64Float32(uint64(/*line :7:79*/u))/*line :7:80*/)",
				"float32(i) }",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc main() {}\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
