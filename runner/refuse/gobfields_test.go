package refuse_test

import (
	"strings"
	"testing"
)

// TestGobFields lists gob encodings the interpreter sends with fields Go
// leaves out or cannot make, and ones it makes as Go does.
func TestGobFields(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a struct with unexported fields", head + "type P struct{ N, n int }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(&P{}) }\n",
			"main.go:10:53: the interpreter shows the unexported field n to gob"},
		{"an any in a script with unexported fields", head + "type P struct{ N, n int }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(map[string]any{}) }\n",
			"main.go:10:53: a value of an interface type in this value may hold a struct type the script declares with unexported fields"},
		{"unexported fields of a type gob encodes by its MarshalBinary", head + "type V struct{ x int }\n\nfunc (v V) MarshalBinary() ([]byte, error) { return nil, nil }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(V{}) }\n", ""},
		{"exported fields only", head + "type P struct{ N int }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(map[string]any{\"p\": P{}}) }\n", ""},
		{"an interface the script declares, encoded", head + "type S interface{ Area() int }\n\ntype D struct{ L []S }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(D{}) }\n",
			"main.go:12:53: the interpreter keeps a value of the interface type S, which the script declares, in a struct of its own"},
		{"an interface literal, decoded", head + "type D struct{ S interface{ Area() int } }\n\nfunc main() { var d D; _ = gob.NewDecoder(io.MultiReader()).Decode(&d) }\n",
			"main.go:10:68: the interpreter keeps a value of the interface type interface{Area() int}"},
		{"error and any fields", head + "type D struct {\n\tE error\n\tA any\n}\n\nfunc main() { var d D; _ = gob.NewDecoder(io.MultiReader()).Decode(&d) }\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSource(t, tt.src), "\n")
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}
