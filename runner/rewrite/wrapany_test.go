package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("wrapany", "errorf-wrap-any"),
		fromCorpus("wrapanypointer", "errorf-wrap-any-pointer"),
	)
}

func TestWrapAny(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype NotFound struct{ Key string }\n\nfunc (e NotFound) Error() string { return e.Key }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an any of a function's result", head + "func load() any { return NotFound{\"k\"} }\n\nfunc main() { _ = fmt.Errorf(\"load: %w\", load()) }\n",
			[]string{`fmt.Errorf("load: %w", _slWrap`, "(/*line :11:42*/load())/*line :11:48*/)", "(x any) any { if v, ok := _slAs"}, nil},
		{"an argument index", head + "func main() {\n\tvar v any = NotFound{}\n\t_ = fmt.Errorf(\"%[2]v %[1]w\", v, 1)\n}\n",
			[]string{`"%[2]v %[1]w", `, "_slWrap"}, nil},
		{"%v alone", head + "func main() {\n\tvar v any = NotFound{}\n\t_ = fmt.Errorf(\"%v\", v)\n}\n",
			nil, []string{"_slWrap"}},
		{"an operand of type error", head + "func main() {\n\tvar v any = NotFound{}\n\tvar err error = NotFound{}\n\t_ = fmt.Errorf(\"%w\", err)\n\t_ = v\n}\n",
			nil, []string{"_slWrap"}},
		{"what recover returns, which pass recover gives back", head + "func main() {\n\tvar v any = NotFound{}\n\t_ = v\n\tdefer func() {\n\t\tr := recover()\n\t\t_ = fmt.Errorf(\"%w\", r)\n\t}()\n}\n",
			nil, []string{"_slWrap"}},
		{"no type of the script held in an any", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any = 3\n\t_ = fmt.Errorf(\"%w\", v)\n}\n",
			nil, []string{"_slWrap"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
