package refuse_test

import (
	"strings"
	"testing"
)

// TestJSONOmitZero checks that an encoding of a value holding a field
// tagged omitzero of a type of the script's with IsZero is refused at the
// value, and that omitzero of other types is not.
func TestJSONOmitZero(t *testing.T) {
	decls := "type Money struct{ Cents int }\n\nfunc (m Money) IsZero() bool { return m.Cents < 0 }\n\ntype Ptr struct{ N int }\n\nfunc (p *Ptr) IsZero() bool { return p.N == 1 }\n\ntype Plain struct{ N int }\n\n"
	tests := []struct {
		name, body, want string // want "" for no refusal
	}{
		{"a value method", "type Order struct {\n\tPrice Money `json:\"price,omitzero\"`\n}\n\nfunc main() { json.Marshal(Order{}) }", "main.go:29:28: encoding/json calls the IsZero method of Money for the field Price of Order, tagged omitzero"},
		{"a pointer method", "type Order struct {\n\tP Ptr `json:\",omitzero\"`\n}\n\nfunc main() { json.Marshal(&Order{}) }", "main.go:29:28: encoding/json calls the IsZero method of Ptr for the field P of Order"},
		{"a pointer field", "type Order struct {\n\tP *Money `json:\"p,omitzero\"`\n}\n\nfunc main() { json.Marshal([]Order{}) }", "main.go:29:28: encoding/json calls the IsZero method of Money for the field P of Order"},
		{"nested", "type Inner struct {\n\tM Money `json:\"m,omitzero\"`\n}\n\ntype Outer struct{ In Inner }\n\nfunc main() { json.NewEncoder(os.Stdout).Encode(map[string]Outer{}) }", "encoding/json calls the IsZero method of Money for the field M of Inner"},
		{"through an interface", "type Order struct {\n\tPrice Money `json:\"price,omitzero\"`\n}\n\nfunc main() { var v any = Order{}; json.Marshal(v) }", "main.go:29:49: encoding/json calls the IsZero method of Money"},
		{"no omitzero", "type Order struct {\n\tPrice Money `json:\"price,omitempty\"`\n}\n\nfunc main() { json.Marshal(Order{}) }", ""},
		{"a type without IsZero", "type Order struct {\n\tP Plain `json:\"p,omitzero\"`\n}\n\nfunc main() { json.Marshal(Order{}) }", ""},
		{"decoding", "type Order struct {\n\tPrice Money `json:\"price,omitzero\"`\n}\n\nfunc main() { var o Order; json.Unmarshal(nil, &o) }", ""},
		{"another value encoded", "type Order struct {\n\tPrice Money `json:\"price,omitzero\"`\n}\n\nfunc main() { _ = Order{}; json.Marshal(Plain{}) }", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, decls+tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "IsZero") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
