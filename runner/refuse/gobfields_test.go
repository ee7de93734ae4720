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
		{"a struct without a name with an unexported field", head + "func main() {\n\tv := struct {\n\t\tName string\n\t\tage  int\n\t}{\"ann\", 3}\n\t_ = gob.NewEncoder(io.Discard).Encode(v)\n}\n",
			"main.go:13:40: the interpreter shows the unexported field age of struct{Name string; age int}, a struct type without a name, to gob"},
		{"a slice of them in a field of the script's struct", head + "type Roster struct{ People []struct{ Name string; age int } }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(Roster{}) }\n",
			"the unexported field age of struct{Name string; age int}, a struct type without a name"},
		{"one held in an any", head + "func main() {\n\tvar v any = struct{ N, n int }{}\n\t_ = gob.NewEncoder(io.Discard).Encode(&v)\n}\n",
			"the unexported field n of struct{N int; n int}, a struct type without a name"},
		{"a struct without a name of exported fields, one of Go's library inside", "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n\t\"time\"\n)\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(struct{ At time.Time; N int }{}) }\n", ""},
		{"a type declared in a function, held in an any, unregistered", head + "func main() {\n\ttype Ping struct{ N int }\n\tvar msg any = Ping{3}\n\t_ = gob.NewEncoder(io.Discard).Encode(&msg)\n}\n",
			"main.go:11:40: gob's error for a Ping that an interface in this value may hold, which the script does not register with gob.Register, names its type"},
		{"a type declared in a function, held in an any, registered", head + "func main() {\n\ttype Ping struct{ N int }\n\tgob.Register(Ping{})\n\tvar msg any = &Ping{3}\n\t_ = gob.NewEncoder(io.Discard).Encode(&msg)\n}\n", ""},
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
