package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("anykey", "any-held-equal"))
}

// TestAnyKeys checks which keys of a map keyed by an empty interface pass
// anykey hands to lift.Key: interfaces and values of a type with methods
// the script declares, in index expressions, delete and map literals; not
// keys of Go's library, nor keys of maps of other key types, nor any key
// in a script without methods.
func TestAnyKeys(t *testing.T) {
	tests := []struct {
		name, src string
		want, not []string
	}{
		{
			"a script with methods",
			"package main\n\ntype Sq struct{ S int }\n\nfunc (s Sq) Area() int { return s.S }\n\ntype Key any\n\nfunc main() {\n\tvar a any\n\tvar err error\n\tm := map[any]int{a: 1, Sq{1}: 2, \"s\": 3}\n\tm[a]++\n\tm[err] = m[&Sq{2}]\n\tdelete(m, a)\n\t_ = m[1]\n\tk := map[Key]bool{}\n\tk[a] = true\n\tn := map[string]int{}\n\t_ = n[\"x\"]\n}\n",
			[]string{
				"m := map[any]int{_sl1.Key(a): 1, _sl1.Key(interface{}(Sq{1})): 2, \"s\": 3}",
				"m[_sl1.Key(_sl1.AssignKey(a))]++",
				"m[_sl1.Key(err)] = m[_sl1.Key(&Sq{2})]",
				"delete(m, _sl1.Key(a))",
				"_ = m[1]",
				"k[_sl1.Key(_sl1.AssignKey(a))] = true",
				"_ = n[\"x\"]",
			},
			nil,
		},
		{
			"a script without methods",
			"package main\n\ntype P struct{ X int }\n\nfunc main() {\n\tvar a any\n\tm := map[any]int{}\n\tm[a]++\n\tm[P{1}]++\n}\n",
			nil,
			[]string{".Key("},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
