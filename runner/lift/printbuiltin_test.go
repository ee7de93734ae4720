package lift

import (
	"math"
	"strings"
	"testing"
)

// TestAppendPrinted: each operand as the runtime's print writes it.
func TestAppendPrinted(t *testing.T) {
	type celsius float64
	var nilMap map[string]int
	for _, tc := range []struct {
		arg  any
		want string
	}{
		{true, "true"},
		{-7, "-7"},
		{int8(-8), "-8"},
		{uint8(200), "200"},
		{uintptr(10), "10"},
		{'r', "114"},
		{1.5, "1.5"},
		{1e21, "1e+21"},
		{float32(0.1), "0.1"},
		{math.Inf(-1), "-Inf"},
		{math.NaN(), "NaN"},
		{celsius(36.6), "36.6"},
		{3 + 4i, "(3+4i)"},
		{complex64(1 - 2i), "(1-2i)"},
		{"text", "text"},
		{nilMap, "0x0"},
		{[]int(nil), "[0/0]0x0"},
		{BuiltinIface(nil), "(0x0,0x0)"},
	} {
		if got := string(appendPrinted(nil, tc.arg)); got != tc.want {
			t.Errorf("%T %v: %q, want %q", tc.arg, tc.arg, got, tc.want)
		}
	}
	s := make([]byte, 2, 5)
	if got := string(appendPrinted(nil, s)); !strings.HasPrefix(got, "[2/5]0x") || got == "[2/5]0x0" {
		t.Errorf("a slice: %q, want [2/5] and its array's address", got)
	}
	if got := string(appendPrinted(nil, BuiltinIface(5))); !strings.HasPrefix(got, "(0x") || strings.Contains(got, "0x0,") {
		t.Errorf("an interface holding 5: %q, want two addresses", got)
	}
}
