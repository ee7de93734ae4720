package rewrite_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestJSONMethods checks which encodings are handed to lift.JSONMarshal,
// JSONMarshalIndent and JSONEncode, and the script's functions that call
// the methods: one declaration per type, with the receiver the method
// has; and which are left to runner/refuse.
func TestJSONMethods(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a field", "_, _ = json.Marshal(Reply{})",
			[]string{"_sl1.JSONMarshal(Reply{}, _slT2, nil)", `Define(_slT3, "main.Level"`, "JSONMethods(_slT3, func(v Level) ([]byte, error) { return v.MarshalJSON() }, nil)"}, []string{"json.Marshal(Reply"}},
		{"MarshalIndent", "_, _ = json.MarshalIndent([]Level{1}, \"\", \" \")",
			[]string{"_sl1.JSONMarshalIndent([]Level{1}, \"\", \" \", _slT"}, nil},
		{"an Encoder", "enc := json.NewEncoder(nil)\n\t_ = enc.Encode(map[Word]*Ptr{})",
			[]string{"_sl1.JSONEncode(enc, map[Word]*Ptr{}, _slT",
				"func(v *Ptr) ([]byte, error) { return v.MarshalJSON() }, nil)",
				"nil, func(v Word) ([]byte, error) { return v.MarshalText() })"}, nil},
		{"a field tagged string", "_, _ = json.Marshal(Tagged{})",
			nil, []string{"JSONMarshal(", "JSONMethods"}},
		{"a struct that embeds one", "_, _ = json.Marshal(Embeds{})",
			nil, []string{"JSONMarshal(", "JSONMethods"}},
		{"a value without such a type", "_, _ = json.Marshal(struct{ N int }{})",
			nil, []string{"JSONMarshal(", "JSONMethods"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Ptr struct{ N int }\n\nfunc (p *Ptr) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Word string\n\nfunc (w Word) MarshalText() ([]byte, error) { return nil, nil }\n\ntype Reply struct {\n\tL Level\n\tn int\n}\n\ntype Tagged struct {\n\tL Level `json:\",string\"`\n}\n\ntype Embeds struct {\n\tWord\n\tN int\n}\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
	t.Run("a value an interface holds", func(t *testing.T) {
		src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Word string\n\nfunc (w *Word) MarshalText() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\t_, _ = json.Marshal([]any{Level(1)})\n}\n"
		liftHolds(t, src, []string{".JSONMarshal([]any{Level(1)}, nil, _slJ", ".JSONTableMethods(_slJ"}, nil)
	})
	t.Run("a value an interface holds, beside a struct that embeds a type with MarshalText", func(t *testing.T) {
		src := "package main\n\nimport \"encoding/json\"\n\ntype Word string\n\nfunc (w Word) MarshalText() ([]byte, error) { return nil, nil }\n\ntype Embeds struct {\n\tWord\n\tN int\n}\n\nfunc main() {\n\t_, _ = json.Marshal([]any{Word(\"a\")})\n}\n"
		refuses(t, src, "that an interface holds without its own method MarshalText")
	})
	for _, bare := range []struct{ name, body string }{
		{"converted explicitly", "_, _ = json.Marshal([]any{any(Level(1))})"},
		{"returned as an interface", "_, _ = json.Marshal([]any{f()})\n}\n\nfunc f() any {\n\treturn Level(1)"},
		{"passed to a function value as an interface", "f := id\n\t_, _ = json.Marshal([]any{f(Level(1))})\n}\n\nfunc id(v any) any {\n\treturn v"},
		{"passed to a function of the script as an element of a variadic interface parameter", "_, _ = json.Marshal(ids(Level(1)))\n}\n\nfunc ids(v ...any) []any {\n\treturn v"},
		{"a pointer assigned to an interface", "l := Level(1)\n\tvar v any\n\tv = &l\n\t_, _ = json.Marshal([]any{v})"},
	} {
		t.Run("a value held bare: "+bare.name, func(t *testing.T) {
			src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\t" + bare.body + "\n}\n"
			refuses(t, src, "that an interface holds without its own method MarshalJSON")
		})
	}
	t.Run("a value passed to a function of the script as an interface, which keeps its type", func(t *testing.T) {
		src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\t_, _ = json.Marshal([]any{id(Level(1))})\n}\n\nfunc id(v any) any {\n\treturn v\n}\n"
		liftHolds(t, src, []string{".JSONMarshal([]any{id(Level(1))}, nil, _slJ"}, nil)
	})
	t.Run("one declaration per type", func(t *testing.T) {
		src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\t_, _ = json.Marshal(Level(1))\n\t_, _ = json.Marshal([]Level{2})\n}\n"
		if n := strings.Count(string(lift(t, "main.go", src)), ".JSONMethods("); n != 1 {
			t.Errorf("Level's methods declared %d times, want once", n)
		}
	})
}

// TestJSONUnmarshalMethods checks which decodings are handed to
// lift.JSONUnmarshalMethods and JSONDecodeMethods, with the script's
// functions that call the methods, and which are left to runner/refuse.
func TestJSONUnmarshalMethods(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a field", "var r Reply\n\t_ = json.Unmarshal(nil, &r)",
			[]string{"_sl1.JSONUnmarshalMethods(nil, &r, _slT", "JSONUnmarshalers(_slT4, func(v *Level, b []byte) error { return v.UnmarshalJSON(b) }, nil)"}, []string{"json.Unmarshal("}},
		{"a Decoder", "var m map[Word][]Word\n\tdec := json.NewDecoder(nil)\n\t_ = dec.Decode(&m)",
			[]string{"_sl1.JSONDecodeMethods(dec, &m, _slT", "nil, func(v *Word, b []byte) error { return v.UnmarshalText(b) })"}, nil},
		{"a value, not a pointer", "var l Level\n\t_ = json.Unmarshal(nil, l)",
			nil, []string{"JSONUnmarshalMethods(", "JSONUnmarshalers"}},
		{"a struct that embeds one", "var e Embeds\n\t_ = json.Unmarshal(nil, &e)",
			nil, []string{"JSONUnmarshalMethods(", "JSONUnmarshalers"}},
		{"a type that holds itself", "var n Node\n\t_ = json.Unmarshal(nil, &n)",
			nil, []string{"JSONUnmarshalMethods(", "JSONUnmarshalers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l *Level) UnmarshalJSON(b []byte) error { return nil }\n\ntype Word string\n\nfunc (w *Word) UnmarshalText(b []byte) error { return nil }\n\ntype Reply struct {\n\tL Level\n\tn int\n}\n\ntype Embeds struct {\n\tReply\n\tW Word\n}\n\ntype Node struct {\n\tW    Word\n\tKids []Node\n}\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestJSONStandIns checks that a decoding is refused in a package that
// declares more types with UnmarshalJSON than lift's pool holds.
func TestJSONStandIns(t *testing.T) {
	var b strings.Builder
	b.WriteString("package main\n\nimport \"encoding/json\"\n\n")
	for i := range 9 {
		fmt.Fprintf(&b, "type L%d int\n\nfunc (l *L%d) UnmarshalJSON(b []byte) error { return nil }\n\n", i, i)
	}
	b.WriteString("func main() {\n\tvar l L0\n\t_ = json.Unmarshal(nil, &l)\n}\n")
	refuses(t, b.String(), "of which it has 8 for the script's types, and the package declares 9 types with it")
}
