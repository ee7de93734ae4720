package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("switchinit", "switch-init-empty"),
		// Switches of each form in the cases of one another, and a
		// labeled one.
		program{"switchinit_nested", `package main

import "fmt"

func count(n *int) int { *n++; return *n }

func main() {
	n := 0
	for i := 0; i < 6; i++ {
	next:
		switch k := count(&n); k % 3 {
		case 0:
			switch j := k; j * 2 {
			case 6:
				fmt.Println("six")
				break next
			}
			fmt.Println("not six")
		case 1:
			var v any = k
			switch count(&n); v.(type) {
			}
			if k == 4 {
				switch count(&n); {
				}
			}
		default:
			fmt.Println("k", k)
		}
	}
	fmt.Println("n", n)
}
`},
	)
}

// TestSwitchInitEdits checks what the pass writes of each form of switch,
// and which it leaves.
func TestSwitchInitEdits(t *testing.T) {
	const head = "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tvar v any = 1\n\t_ = v\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"init, no tag, no clauses", "\tswitch f(); {\n\t}\n}\n",
			[]string{"\tswitch f(); {default:/*line :8:15*/\n"}, nil},
		{"tag, no clauses", "\tswitch f() {}; f()\n}\n",
			[]string{"\tswitch f() {default:/*line :8:14*/}; f()\n"}, nil},
		{"init and a name as tag", "\tswitch x := f(); x {\n\tcase 1:\n\t}\n}\n",
			[]string{"\tswitch x := f(); x {\n"}, []string{"default:"}},
		{"init and a tag to evaluate", "\tswitch x := f(); x + f() {\n\tcase 2:\n\t}\n}\n",
			[]string{"\t{      x := f(); switch /*line :8:19*/x + f() {\n", "\t}}\n"}, nil},
		{"init, a tag to evaluate, no clauses", "\tswitch x := f(); x + 1 {}\n}\n",
			[]string{"\t{      x := f(); switch /*line :8:19*/x + 1 {default:/*line :8:26*/}}\n"}, nil},
		{"a labeled switch", "L:\n\tswitch x := f(); -x {\n\tcase -1:\n\t\tbreak L\n\t}\n}\n",
			[]string{"\n{ \n\t       x := f(); L: switch /*line :9:19*/-x {\n", "\t}}\n"}, nil},
		{"type switch, init, no clauses", "\tswitch f(); v.(type) {\n\t}\n}\n",
			[]string{"\tswitch f(); v        {default:/*line :8:24*/\n"}, []string{"_ts"}},
		{"type switch, its operand a call, no clauses", "\tswitch f(); any(f()).(type) {\n\t}\n}\n",
			[]string{"\t{      f(); switch /*line :8:14*/any(f())        {default:/*line :8:31*/\n", "\t}}\n"}, nil},
		{"type switch with clauses", "\tswitch f(); v.(type) {\n\tcase int:\n\t}\n}\n",
			[]string{"v.(type)"}, []string{"default:", "{     "}},
		{"clauses all empty", "\tswitch f(); {\n\tcase false:\n\t}\n}\n",
			[]string{"\tswitch f(); {\n"}, []string{"default:"}},
		{"a select without clauses, which still blocks (pass selectempty)", "\tgo func() { select {} }()\n}\n",
			[]string{"go func() { _sl1.SelectNoCases()"}, []string{"default:"}},
		{"no init, no tag", "\tswitch {\n\t}\n}\n",
			[]string{"\tswitch {\n"}, []string{"default:"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}

// TestSwitchInitRefuses checks that a label a goto names is refused
// where the pass would move it into a block.
func TestSwitchInitRefuses(t *testing.T) {
	refuses(t, "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tn := 0\nL:\n\tswitch x := f(); x + n {\n\tcase 1:\n\t\tn++\n\t\tgoto L\n\t}\n}\n",
		"main.go:7:1: the interpreter does not evaluate the tag of a switch with an init statement")
}
