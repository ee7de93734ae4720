package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("resultarg_script_interface", "call-result-script-interface-nil"),
	)
}

// TestResultArgConverted: an argument that is a call's result of an
// interface the script declares is converted to it, for the script's
// functions and fmt's alike, inside what else wraps it; a result of error
// or a conversion is left as it is.
func TestResultArgConverted(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype Peer interface{ Addr() string }\n\nfunc find() Peer { return nil }\n\nfunc show(p Peer) string { return fmt.Sprint(p) }\n\nfunc store(x any) {}\n\nvar _ = errors.New\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"to the script's function", head + "func main() { fmt.Println(show(find())) }\n",
			[]string{"show((Peer)(find()))"}, nil},
		{"to fmt", head + "func main() { fmt.Println(find()) }\n",
			[]string{"(Peer)(find())"}, nil},
		{"inside nilAny's function", head + "func main() { store(find()) }\n",
			[]string{"store(_ifc", "((Peer)(find())))"}, nil},
		{"an error or a conversion", head + "func main() { fmt.Println(errors.New(\"x\"), show(Peer(nil))) }\n",
			nil, []string{"(Peer)(", "(error)("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
