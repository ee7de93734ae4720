package rewrite_test

import "testing"

// TestPrintBuiltins: print and println become lift's, keeping the
// columns, and an interface operand is marked; a function of the script
// named print is left alone.
func TestPrintBuiltins(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"print", "package main\n\nfunc main() {\n\tprint(\"a\", 1)\n}\n", []string{"_sl1.BuiltinPrint/*line :4:7*/(\"a\", 1)"}, []string{"BuiltinIface"}},
		{"println of an error", "package main\n\nfunc main() {\n\tvar err error\n\tprintln(\"err\", err)\n}\n",
			[]string{"_sl1.BuiltinPrintln/*line :5:9*/(\"err\", _sl1.BuiltinIface(/*line :5:17*/err)/*line :5:20*/)"}, nil},
		{"deferred", "package main\n\nfunc main() {\n\tdefer println(1)\n}\n", []string{"defer _sl1.BuiltinPrintln/*line :4:15*/(1)"}, nil},
		{"a type parameter, printed as its instance", "package main\n\nfunc show[T any](v T) {\n\tprintln(v)\n}\n\nfunc main() {\n\tshow(5)\n}\n", []string{"(v)"}, []string{"BuiltinIface"}},
		{"a function of the script's", "package main\n\nfunc print(s string) {}\n\nfunc main() {\n\tprint(\"x\")\n}\n", nil, []string{"BuiltinPrint"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
