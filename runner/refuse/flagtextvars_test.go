package refuse_test

import "testing"

// TestFlagTextVars checks TextVar of a variable of a type the script
// declares, by flag's function and a FlagSet's method, and that TextVar
// of a type of Go's library is not refused.
func TestFlagTextVars(t *testing.T) {
	script := func(body string) string {
		return "package main\n\nimport (\n\t\"flag\"\n\t\"net\"\n)\n\ntype day struct{ s string }\n\nfunc (d *day) UnmarshalText(b []byte) error { d.s = string(b); return nil }\nfunc (d day) MarshalText() ([]byte, error) { return []byte(d.s), nil }\n\nfunc main() {\n\tvar when day\n\tvar ip net.IP\n\tfs := flag.NewFlagSet(\"x\", flag.ContinueOnError)\n\t" + body + "\n\t_, _, _ = when, ip, fs\n}\n"
	}
	for _, tt := range []struct{ name, body, want string }{
		{"the function", "flag.TextVar(&when, \"when\", day{\"a\"}, \"a day\")", "main.go:17:15: the interpreter hands &when to flag's TextVar in a wrapper of its methods, not as the pointer flag sets the default through, so flag would panic (variable value type must be a pointer) where Go declares the flag: declare it with flag.Func(name, usage, func(s string) error { return when.UnmarshalText([]byte(s)) }) and set the default yourself"},
		{"the method", "fs.TextVar(&when, \"when\", &day{}, \"a day\")", "main.go:17:13: the interpreter hands &when to flag's TextVar"},
		{"a pointer variable", "p := &when\n\tfs.TextVar(p, \"when\", day{}, \"a day\")", "main.go:18:13: the interpreter hands p to flag's TextVar in a wrapper of its methods, not as the pointer flag sets the default through, so flag would panic (variable value type must be a pointer) where Go declares the flag: declare it with fs.Func(name, usage, func(s string) error { return p.UnmarshalText([]byte(s)) }) and set the default yourself"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, script(tt.body)), tt.want)
		})
	}
	for _, body := range []string{
		"flag.TextVar(&ip, \"ip\", net.IPv4(127, 0, 0, 1), \"an IP\")",
		"fs.TextVar(&ip, \"ip\", net.IP{}, \"an IP\")",
	} {
		for _, got := range checkSource(t, script(body)) {
			t.Errorf("%s: refused: %s", body, got)
		}
	}
}
