package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("shiftoperand", "shift-flags"),
		program{"shiftoperand_kinds", `package main

import "fmt"

type Mask uint32

const one = 1

func main() {
	i, u := 3, uint(2)
	var b byte = 0xff
	var m Mask = 0xf0
	var s int64 = -1
	fmt.Println(b&(1<<i), b == 1<<i, m&^(one<<i+1), s<<u, m|(1<<u)<<1)
	x := 1 << i
	var y uint16 = 1<<i | 1<<u
	fmt.Println(x, y, 1<<i == 8)
}
`},
	)
}

// TestShiftOperandEdits checks which shifts the pass converts.
func TestShiftOperandEdits(t *testing.T) {
	const head = "package main\n\ntype Flags uint8\n\nfunc main() {\n\tvar f Flags\n\tvar u uint64\n\ti := 2\n\t_, _, _ = f, u, i\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"named type", "\t_ = f & (1 << i)\n}\n", []string{"f & (Flags(1) << i)"}, nil},
		{"basic type", "\t_ = u | 1<<i\n}\n", []string{"u | uint64(1)<<i"}, nil},
		{"int context", "\t_ = i & (1 << i)\n}\n", nil, []string{"int(1)"}},
		{"constant shift", "\t_ = f & (1 << 3)\n}\n", nil, []string{"Flags(1)"}},
		{"variable on the left", "\t_ = f << i\n}\n", nil, []string{"Flags(f)"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}
