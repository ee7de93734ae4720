package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("chancompare_directions", "goroutine-chan-direction-compare"),
	)
}

// TestChanCompareConversion checks that the bidirectional operand of a
// comparison with a directional channel is converted to the other's type,
// and that channels of one type are left as they are.
func TestChanCompareConversion(t *testing.T) {
	const head = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tvar recv <-chan int = ch\n\tvar send chan<- int = ch\n\t_, _ = recv, send\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"receive-only on the left", "println(recv == ch)\n}\n", []string{"recv == (<-chan int)(ch)"}, nil},
		{"send-only on the right", "println(ch != send)\n}\n", []string{"(chan<- int)(ch) != send"}, nil},
		{"one type", "println(ch == ch, recv == recv, send == nil)\n}\n", nil, []string{"(<-chan int)(", "(chan<- int)("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}
