package rewrite_test

import "testing"

// TestDeferFrameWhere checks which functions get a frame of their
// deferred calls, and how each call goes through it.
func TestDeferFrameWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "one defer",
			body: "func main() {\n\tdefer func() { panic(1) }()\n}",
			not:  []string{"NewDefers"},
		},
		{
			name: "two defers that cannot panic",
			body: "func main() {\n\tdefer fmt.Println(1)\n\tdefer fmt.Println(2)\n}",
			not:  []string{"NewDefers"},
		},
		{
			name: "closing and unlocking Go's library values",
			body: "func main() {\n\tvar f *os.File\n\tvar mu sync.Mutex\n\tdefer f.Close()\n\tdefer mu.Unlock()\n}",
			not:  []string{"NewDefers"},
		},
		{
			name: "two defers, one a literal",
			body: "func main() {\n\tdefer fmt.Println(1)\n\tdefer func() { panic(1) }()\n}",
			want: []string{"_defers1 := _sl2.NewDefers(); defer _defers1.End();", "defer _defers1.Func(func() { panic(1) })()", "defer fmt.Println(1)"},
		},
		{
			name: "a defer in a loop",
			body: "func main() {\n\tfor i := range 3 {\n\t\tdefer show(i)\n\t}\n}\n\nfunc show(i int) { fmt.Println(10 / i) }",
			want: []string{"NewDefers", "_defers1.Call(show).(func(i int))("},
		},
		{
			name: "an interface's method",
			body: "func main() {\n\tvar c io.Closer = os.Stdin\n\tdefer c.Close()\n\tdefer fmt.Println()\n\tdefer c.Close()\n}",
			want: []string{"defer _defers1.FuncError(func() error { return c.Close() })()"},
		},
		{
			name: "a receiver that pass savedargs saves",
			body: "type T struct{ n int }\n\nfunc (t *T) Stop(why string) { fmt.Println(why, 10/t.n) }\n\nfunc main() {\n\tfor _, t := range []*T{{1}, {0}} {\n\t\tdefer t.Stop(\"end\")\n\t}\n}",
			want: []string{`defer _defers1.Call(func(_r4 *T) { _r4.Stop("end") }).(func(*T))(_arg3) /* t.Stop("end") */`},
		},
		{
			name: "close, and in a loop",
			body: "func main() {\n\tch := make(chan int)\n\tdefer close(ch)\n\tfor range 2 {\n\t\tdefer close(ch)\n\t}\n}",
			want: []string{"\tdefer _defers1.Call(func(_p6 chan int) { close(_p6) }).(func(chan int))(ch)\n", "\t\tdefer _defers1.Call(func(_p7 chan int) { close(_p7) }).(func(chan int))(_arg5 /* ch */)\n"},
		},
		{
			name: "a literal's own defers",
			body: "func done() {}\n\nfunc main() {\n\tgo func() {\n\t\tdefer done()\n\t\tdefer done()\n\t}()\n\tdefer done()\n}",
			want: []string{"go func() { _defers1 := ", "defer _defers1.Func(done)()"},
			not:  []string{"main() { _defers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n\t\"sync\"\n)\n\nvar _, _, _, _ = fmt.Sprint, io.EOF, os.Stdin, sync.NewCond\n\n" + tt.body + "\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
