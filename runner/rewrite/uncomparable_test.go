package rewrite_test

import "testing"

// TestUncomparables checks which types pass uncomparable has lift name:
// those not comparable on a map, slice, function or array type, where no
// other type of the package's values has their runtime form, in a
// package that compares interfaces or keys a map by one.
func TestUncomparables(t *testing.T) {
	const head = "package main\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"a map type of the top level", head + "type Set map[string]bool\n\nfunc main() {\n\tvar a, b any = Set{}, 1\n\t_ = a == b\n}\n",
			[]string{`var _slU2 = _sl1.NameUncomparable("main.Set", []Set(nil))`}, nil},
		{"a slice type declared in a function", head + "func main() {\n\ttype Path []string\n\tm := map[any]int{}\n\tm[Path{}] = 1\n}\n",
			[]string{"\ttype Path []string; _ = _sl1.NameUncomparable(\"main.Path\", []Path(nil))\n"}, nil},
		{"a map type beside a value of its runtime form", head + "type Set map[string]bool\n\nfunc main() { _, _ = Set{}, map[string]bool{} }\n",
			nil, []string{"NameUncomparable"}},
		{"a type of lift's pool beside a value of its underlying type", head + "type Raw []byte\n\nfunc main() {\n\tvar a, b any = Raw{}, 1\n\t_, _ = a == b, []byte{}\n}\n",
			[]string{`.NameUncomparable("main.Raw", []Raw(nil))`}, nil},
		{"a script that compares no interfaces", head + "type Set map[string]bool\n\nfunc main() { _ = Set{} }\n",
			nil, []string{"NameUncomparable"}},
		{"a comparable type", head + "type ID [2]int\n\nfunc main() { _ = ID{} }\n",
			nil, []string{"NameUncomparable"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
