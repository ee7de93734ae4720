package refuse_test

import (
	"strings"
	"testing"
)

// TestMarshalerEncoded checks which encodings of a type with its own
// MarshalJSON or MarshalText are refused: those that runner/rewrite does
// not hand to lift.JSONMarshal (see rewrite.JSONMethodsLifted), where the
// interpreter's value lacks the method: a field of such a type tagged
// with the option string, one in a generic type, or in a struct that
// embeds one.
func TestMarshalerEncoded(t *testing.T) {
	const types = "type Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Ptr struct{ N int }\n\nfunc (p *Ptr) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Word string\n\nfunc (w Word) MarshalText() ([]byte, error) { return nil, nil }\n\ntype Reply struct {\n\tL    Level\n\tName string\n}\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"a value with a value MarshalJSON", "func main() { _, _ = json.Marshal(Level(1)) }", ""},
		{"a pointer to a value with a value MarshalJSON", "func main() {\n\tl := Level(1)\n\t_, _ = json.Marshal(&l)\n}", ""},
		{"a pointer with a pointer MarshalJSON", "func main() { _, _ = json.Marshal(&Ptr{}) }", ""},
		{"a value with a pointer MarshalJSON", "func main() { _, _ = json.Marshal(Ptr{}) }", ""},
		{"MarshalIndent", "func main() { _, _ = json.MarshalIndent(Level(1), \"\", \" \") }", ""},
		{"a field", "func main() { _, _ = json.Marshal(Reply{}) }", ""},
		{"a pointer to a struct with a field", "func main() { _, _ = json.Marshal(&Reply{}) }", ""},
		{"an element", "func main() { _, _ = json.Marshal([]Level{1}) }", ""},
		{"a map's value", "func main() { _, _ = json.Marshal(map[string]*Ptr{}) }", ""},
		{"MarshalText", "func main() { _, _ = json.Marshal(Word(\"x\")) }", ""},
		{"a field with MarshalText", "func main() { _, _ = json.Marshal(struct{ W Word }{}) }", ""},
		{"an Encoder", "func main() { _ = json.NewEncoder(nil).Encode([]Reply{}) }", ""},
		{"a field tagged string", "func main() { _, _ = json.Marshal(struct {\n\tL Level `json:\",string\"`\n}{}) }", "main.go:32:35: encoding/json encodes a Level by its MarshalJSON method under Go, and the interpreter hands it the Level in this value without its methods"},
		{"a struct that embeds one", "func main() { _, _ = json.Marshal([]struct {\n\tWord\n\tN int\n}{}) }", "a Word by its MarshalText method"},
		{"a generic struct", "type Pair[T any] struct {\n\tA T\n\tL Level\n}\n\nfunc main() { _, _ = json.Marshal(Pair[int]{}) }", "a Level by its MarshalJSON method"},
		{"an Encoder of a field tagged string", "func main() { _ = json.NewEncoder(nil).Encode(struct {\n\tL Level `json:\",string\"`\n}{}) }", "the interpreter does not let the encoder or decoder call the MarshalJSON method"},
		{"a struct without such a type", "func main() { _, _ = json.Marshal(struct{ N int }{}) }", ""},
		{"a value an interface holds", "func main() { _, _ = json.Marshal(map[string]any{\"l\": Level(1)}) }", ""},
		{"a Decoder into a field tagged string", "func main() { _ = json.NewDecoder(nil).Decode(&struct {\n\tL Level `json:\",string\"`\n}{}) }", ""},
		{"a Decoder into a value", "func main() {\n\tvar l Level\n\t_ = json.NewDecoder(nil).Decode(&l)\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, types+tt.body)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("refused what the interpreter encodes as Go does:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

// TestUnmarshalerDecoded checks which decodings into a target that holds
// a type with its own UnmarshalJSON or UnmarshalText are refused: those
// that runner/rewrite does not hand to lift.JSONUnmarshalMethods (see
// rewrite.JSONUnmarshalLifted): into a struct that embeds a field, or
// holds such a type in a field tagged with the option string, or into a
// type that holds itself.
func TestUnmarshalerDecoded(t *testing.T) {
	const types = "type Level int\n\nfunc (l *Level) UnmarshalJSON(b []byte) error { return nil }\n\ntype Word string\n\nfunc (w *Word) UnmarshalText(b []byte) error { return nil }\n\ntype Base struct{ N int }\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"a pointer to the type", "func main() {\n\tvar l Level\n\t_ = json.Unmarshal(nil, &l)\n}", ""},
		{"a slice of it", "func main() {\n\tvar ls []Level\n\t_ = json.Unmarshal(nil, &ls)\n}", ""},
		{"UnmarshalText in a map", "func main() {\n\tvar m map[Word]Word\n\t_ = json.Unmarshal(nil, &m)\n}", ""},
		{"a Decoder", "func main() {\n\tvar ls []*Level\n\t_ = json.NewDecoder(nil).Decode(&ls)\n}", ""},
		{"an Encoder of a value", "func main() { _ = json.NewEncoder(nil).Encode([]Level{1}) }", ""},
		{"an Encoder of a field", "func main() { _ = json.NewEncoder(nil).Encode(struct{ W Word }{}) }", ""},
		{"a struct that embeds one", "type T struct {\n\tBase\n\tL Level\n}\n\nfunc main() {\n\tvar t T\n\t_ = json.Unmarshal(nil, &t)\n}", "main.go:32:26: encoding/json decodes a Level by its UnmarshalJSON method under Go"},
		{"a field tagged string", "type T struct {\n\tL Level `json:\",string\"`\n}\n\nfunc main() {\n\tvar t T\n\t_ = json.Unmarshal(nil, &t)\n}", "decodes a Level by its UnmarshalJSON method"},
		{"a type that holds itself", "type Node struct {\n\tW    Word\n\tKids []Node\n}\n\nfunc main() {\n\tvar n Node\n\t_ = json.Unmarshal(nil, &n)\n}", "decodes a Word by its UnmarshalText method"},
		{"a target without such a type", "func main() {\n\tvar n []int\n\t_ = json.Unmarshal(nil, &n)\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, types+tt.body)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("refused what the interpreter decodes as Go does:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
