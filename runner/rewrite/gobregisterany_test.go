package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("gobregisterany", "gob-register-any"))
}

// TestGobRegisterAnyEdits checks which gob.Register and gob.RegisterName
// calls the pass hands to lift, with the file's table of names.
func TestGobRegisterAnyEdits(t *testing.T) {
	const head = "package main\n\nimport \"encoding/gob\"\n\n"
	const types = "type Join struct{ Who string }\n\ntype Table map[string]int\n\ntype Names []string\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an any in a loop", head + types + "func main() {\n\tfor _, v := range []any{Join{}, Table{}} {\n\t\tgob.Register(v)\n\t}\n}\n",
			[]string{".GobRegister(v, _gobN", `.GobNamesOf([]Join(nil), "main.Join", []*Join(nil), "*main.Join", []Table(nil), "main.Table", []*Table(nil), "*main.Table")`},
			[]string{"Names(nil)"}},
		{"RegisterName of an any", head + types + "func main() { var v any = Join{}; gob.RegisterName(\"join\", v) }\n",
			[]string{`.GobRegisterName("join", v)`}, []string{"GobNamesOf"}},
		{"a value of its own type", head + types + "func main() { gob.Register(Join{}) }\n",
			[]string{`gob.RegisterName("main.Join", Join{})`}, []string{"GobRegister(", "GobNamesOf"}},
		{"two types of one runtime form", head + "type A map[string]int\n\ntype B map[string]int\n\ntype C struct{ N int }\n\nfunc main() { var v any = A{}; gob.Register(v) }\n",
			[]string{".GobRegister(v, _gobN", `.GobNamesOf([]C(nil), "main.C", []*C(nil), "*main.C")`}, []string{"A(nil)", "B(nil)"}},
		{"no type of the package", head + "func main() { var v any = 1; gob.Register(v) }\n",
			[]string{".GobRegister(v, nil)"}, []string{"GobNamesOf"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
