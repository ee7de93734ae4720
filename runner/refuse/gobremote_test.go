package refuse_test

import (
	"strings"
	"testing"
)

// TestGobRemoteShared lists encodings of struct types the interpreter
// makes one with another, in packages that decode gob into values of
// another kind, whose error would name the remote type wrongly, and the
// ones it accepts.
func TestGobRemoteShared(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"bytes\"\n\t\"encoding/gob\"\n\t\"encoding/json\"\n)\n\n" +
		"type Join struct{ Nick string }\n\nvar _ = json.Marshal\n\n"
	const refused = "gob's error about a stream of "
	for _, tt := range []struct{ name, body, want string }{
		{"a type declared on another", "type Leave Join\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode(Leave{})\n\tvar s string\n\t_ = gob.NewDecoder(&b).Decode(&s)\n}\n",
			"main.go:17:32: " + refused + "Leave decoded into a value of another kind names its type as gob met it, and the interpreter makes Leave one type with Join (it keeps no type names), so the error could name the wrong one or none: declare Leave with a struct type of its own (type Leave struct{ ... }, not type Leave Join)"},
		{"a struct spelt out, encoded too", "func main() {\n\tvar b bytes.Buffer\n\te := gob.NewEncoder(&b)\n\t_ = e.Encode(Join{})\n\t_ = e.Encode(struct{ Nick string }{})\n\tvar n int\n\t_ = gob.NewDecoder(&b).Decode(&n)\n}\n",
			"main.go:16:15: " + refused + "Join decoded into a value of another kind names its type as gob met it, and the interpreter makes Join one type with struct{Nick string} (it keeps no type names), so the error could name the wrong one or none: declare the struct type the package spells out as struct{Nick string} as a type of its own, and use it where it is spelt out"},
		{"in a slice, decoded into an any", "type Part Join\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode([]*Join{{}})\n\tvar v any\n\t_ = gob.NewDecoder(&b).Decode(&v)\n\t_ = Part{}\n}\n",
			refused + "Join decoded"},
		{"a decoding by a method value", "type Part Join\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode(Join{})\n\tread := gob.NewDecoder(&b).Decode\n\t_ = read(&Join{})\n\t_ = Part{}\n}\n",
			refused + "Join decoded"},
		{"a struct spelt out that is not gob's", "func main() {\n\t_, _ = json.Marshal(struct{ Nick string }{})\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode(Join{})\n\tvar s string\n\t_ = gob.NewDecoder(&b).Decode(&s)\n}\n", ""},
		{"look-alikes of their own runtime types", "type Leave struct{ Nick string }\n\nfunc main() {\n\tvar b bytes.Buffer\n\te := gob.NewEncoder(&b)\n\t_ = e.Encode(Join{})\n\t_ = e.Encode(Leave{})\n\tvar s string\n\t_ = gob.NewDecoder(&b).Decode(&s)\n}\n", ""},
		{"decoded into structs only", "type Leave Join\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode(Leave{})\n\tvar j Join\n\t_ = gob.NewDecoder(&b).Decode(&j)\n}\n", ""},
		{"encoded only", "type Leave Join\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = gob.NewEncoder(&b).Encode(Leave{})\n}\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSource(t, head+tt.body), "\n")
			if tt.want == "" && strings.Contains(got, refused) || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}
