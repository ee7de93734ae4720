package refuse_test

import (
	"strings"
	"testing"
)

// TestMarshalerEncoded checks which encodings of a type with its own
// MarshalJSON or MarshalText are refused: all but json.Marshal of a value
// of the type itself (or a pointer to it) whose method set has
// MarshalJSON, which the interpreter hands on in a wrapper with the
// method.
func TestMarshalerEncoded(t *testing.T) {
	const types = "type Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Ptr struct{ N int }\n\nfunc (p *Ptr) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Word string\n\nfunc (w Word) MarshalText() ([]byte, error) { return nil, nil }\n\ntype Reply struct {\n\tL    Level\n\tName string\n}\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"a value with a value MarshalJSON", "func main() { _, _ = json.Marshal(Level(1)) }", ""},
		{"a pointer to a value with a value MarshalJSON", "func main() {\n\tl := Level(1)\n\t_, _ = json.Marshal(&l)\n}", ""},
		{"a pointer with a pointer MarshalJSON", "func main() { _, _ = json.Marshal(&Ptr{}) }", ""},
		{"a value with a pointer MarshalJSON, which Go does not call", "func main() { _, _ = json.Marshal(Ptr{}) }", "main.go:32:35: the interpreter calls the MarshalJSON method of *Ptr for a value of Ptr here, which Go does not"},
		{"MarshalIndent", "func main() { _, _ = json.MarshalIndent(Level(1), \"\", \" \") }", "main.go:32:41: encoding/json encodes a Level by its MarshalJSON method under Go"},
		{"a field", "func main() { _, _ = json.Marshal(Reply{}) }", "main.go:32:35: encoding/json encodes a Level by its MarshalJSON method under Go, and the interpreter hands it the Level in this value without its methods"},
		{"a pointer to a struct with a field", "func main() { _, _ = json.Marshal(&Reply{}) }", "a Level by its MarshalJSON method"},
		{"an element", "func main() { _, _ = json.Marshal([]Level{1}) }", "a Level by its MarshalJSON method"},
		{"a map's value", "func main() { _, _ = json.Marshal(map[string]*Ptr{}) }", "a Ptr by its MarshalJSON method"},
		{"MarshalText", "func main() { _, _ = json.Marshal(Word(\"x\")) }", "a Word by its MarshalText method"},
		{"a field with MarshalText", "func main() { _, _ = json.Marshal(struct{ W Word }{}) }", "a Word by its MarshalText method"},
		{"a struct without such a type", "func main() { _, _ = json.Marshal(struct{ N int }{}) }", ""},
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

// TestUnmarshalerDecoded checks that json.Unmarshal into a target that
// holds a type with its own UnmarshalJSON or UnmarshalText is refused,
// and into one without such a type is not.
func TestUnmarshalerDecoded(t *testing.T) {
	const types = "type Level int\n\nfunc (l *Level) UnmarshalJSON(b []byte) error { return nil }\n\ntype Word string\n\nfunc (w *Word) UnmarshalText(b []byte) error { return nil }\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"a pointer to the type", "func main() {\n\tvar l Level\n\t_ = json.Unmarshal(nil, &l)\n}", "main.go:25:26: encoding/json decodes a Level by its UnmarshalJSON method under Go"},
		{"a slice of it", "func main() {\n\tvar ls []Level\n\t_ = json.Unmarshal(nil, &ls)\n}", "decodes a Level by its UnmarshalJSON method"},
		{"UnmarshalText in a map", "func main() {\n\tvar m map[string]Word\n\t_ = json.Unmarshal(nil, &m)\n}", "decodes a Word by its UnmarshalText method"},
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
