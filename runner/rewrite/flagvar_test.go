package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("flagvar", "flag-var-zero-default"))
}

// TestFlagVars checks that pass flagvar hands flag.Var and a FlagSet's
// Var a value of the script's type through lift.FlagValue, with a
// function of the file's, one per type, that says what String says of
// the zero value Go's flag makes (new(T) of a pointer, T's zero value
// else), a value of an interface through a function that asserts it to
// each of the package's types that implement flag.Value.
func TestFlagVars(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"flag\"\n\t\"strings\"\n)\n\ntype list []string\n\nfunc (l *list) String() string { return strings.Join(*l, \",\") }\nfunc (l *list) Set(s string) error { *l = append(*l, s); return nil }\n\ntype kv map[string]string\n\nfunc (m kv) String() string { return \"{}\" }\nfunc (m kv) Set(s string) error { return nil }\n\nfunc main() {\n\tfs := flag.NewFlagSet(\"x\", flag.ContinueOnError)\n\tvar l list\n\t_, _ = fs, l\n\t"
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"flag.Var of a pointer", "flag.Var(&l, \"item\", \"an item\")", []string{`flag.Var(_sl2.FlagValue("*main.list", /*line :22:11*/&l, _flagzero4)/*line :22:13*/, "item"`, "func _flagzero4() string { return new(list).String() }"}, nil},
		{"a FlagSet's Var of a map", "fs.Var(kv{}, \"e\", \"env\")", []string{`FlagValue("main.kv", /*line :22:9*/kv{}, _flagzero4)`, "func _flagzero4() string { var z kv; return z.String() }"}, nil},
		{"one function per type", "fs.Var(&l, \"a\", \"\")\n\tl2 := list{\"x\"}\n\tfs.Var(&l2, \"b\", \"\")", []string{"&l, _flagzero4)", "&l2, _flagzero4)"}, []string{"_flagzero5"}},
		{"a value of an interface", "var v flag.Value = &l\n\tflag.Var(v, \"v\", \"\")", []string{"flag.Var(_flagpick", "if x, ok := v.(kv); ok { return _sl2.FlagValue(\"main.kv\", x, _flagzero", "if x, ok := v.(*list); ok { return _sl2.FlagValue(\"*main.list\", x, _flagzero", "; return v }"}, []string{"v.(list)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}
