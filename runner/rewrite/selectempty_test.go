package rewrite_test

import "testing"

// TestSelectEmpty: select {} becomes lift's SelectNoCases, keeping the
// columns after it, labelled or not; a select with cases is left alone.
func TestSelectEmpty(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"in main", "package main\n\nfunc main() {\n\tselect {}\n}\n", []string{"_sl1.SelectNoCases()/*line :4:11*/"}, []string{"select {}"}},
		{"labelled, in a goroutine", "package main\n\nfunc main() {\n\tgo func() {\n\tL:\n\t\tselect {}\n\t\tgoto L\n\t}()\n\tselect {}\n}\n",
			[]string{"_sl1.SelectNoCases()/*line :6:12*/", "_sl1.SelectNoCases()/*line :9:11*/"}, []string{"select {}"}},
		{"a select with cases", "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase <-ch:\n\t}\n}\n", nil, []string{"SelectNoCases"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
