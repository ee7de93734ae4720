package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("emptyassert", "assert-empty-struct-library"))
}

// TestEmptyAsserts checks which assertions pass emptyassert makes on an
// interface{} of the script's: those of an empty interface, to any type,
// in a package that makes a value of a struct of no fields; not one of an
// error, nor one that pass heldassert opens, nor any where no such value
// is made.
func TestEmptyAsserts(t *testing.T) {
	for _, tt := range []struct {
		name      string
		src       string
		want, not []string
	}{
		{
			name: "a struct of no fields is made",
			src:  "package main\n\nimport \"sync\"\n\ntype done struct{}\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(1, done{})\n\tv, _ := m.Load(1)\n\t_, _ = v.(done)\n\t_ = v.(int)\n\t_, _ = v.(*E)\n\tvar err error\n\t_, _ = err.(*E)\n}\n",
			want: []string{"_, _ = interface{}(v).(done)", "_ = interface{}(v).(int)", "interface{}(_sl2.Held(v)).(*E)"},
			not:  []string{"interface{}(interface{}(", "interface{}(err)"},
		},
		{
			name: "a struct{}{} sent as a value",
			src:  "package main\n\nimport \"context\"\n\ntype key int\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(1), struct{}{})\n\t_, _ = ctx.Value(key(1)).(struct{})\n}\n",
			want: []string{"_, _ = interface{}(ctx.Value(key(1))).(struct{})"},
		},
		{
			name: "no struct of no fields",
			src:  "package main\n\nimport \"context\"\n\ntype key int\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(1), \"v\")\n\t_, _ = ctx.Value(key(1)).(string)\n\tdone := make(chan struct{})\n\tclose(done)\n}\n",
			not:  []string{"interface{}(ctx"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
