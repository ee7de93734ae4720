package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("gobregister", "gob-register-peer"))
}

// TestGobRegisterEdits checks which registrations the pass names as Go
// does.
func TestGobRegisterEdits(t *testing.T) {
	const head = "package main\n\nimport \"encoding/gob\"\n\ntype Move struct{ X, Y int }\n\ntype IDs []int\n\nfunc main() {\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a struct", "\tgob.Register(Move{})\n}\n", []string{`gob.RegisterName("main.Move", Move{})`}, nil},
		{"a pointer to a struct", "\tgob.Register(&Move{})\n}\n", []string{`gob.RegisterName("*main.Move", &Move{})`}, nil},
		{"a slice type", "\tgob.Register(IDs{})\n}\n", []string{"gob.Register(IDs{})"}, []string{"RegisterName"}},
		{"a library type", "\tgob.Register(0)\n}\n", []string{"gob.Register(0)"}, []string{"RegisterName"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
}
