package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("jsonmarshaler", "json-marshaler-itself"))
}

// TestMarshalerErrors checks which calls of json.Marshal have their error
// handed to lift's namer of the value's type: those of a type with its
// own MarshalJSON in the value's method set that lift.JSONMarshal does
// not take (a generic one), whose results the script uses.
func TestMarshalerErrors(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a value", "b, err := json.Marshal(Box[int]{})\n\t_, _ = b, err",
			[]string{`.JSONMarshalerNamed("main.Box[int]")`, ".Bytes(/*line :16:12*/json.Marshal("}, nil},
		{"a pointer", "b, err := json.Marshal(&Box[string]{})\n\t_, _ = b, err",
			[]string{`.JSONMarshalerNamed("*main.Box[string]")`}, nil},
		{"results unused", "json.Marshal(Box[int]{})\n\t_, _ = json.Marshal(Box[int]{})",
			nil, []string{"JSONMarshalerNamed"}},
		{"a type without the method", "b, err := json.Marshal(Plain{})\n\t_, _ = b, err",
			nil, []string{"JSONMarshalerNamed"}},
		{"a type lift.JSONMarshal takes", "b, err := json.Marshal(Level(1))\n\t_, _ = b, err",
			[]string{"JSONMarshal(Level(1), _slT"}, []string{"JSONMarshalerNamed"}},
		{"one namer for two calls", "a, _ := json.Marshal(Box[int]{})\n\tb, _ := json.Marshal(Box[int]{})\n\t_, _ = a, b",
			[]string{"_slJN1.Bytes(/*line :16:10*/json.Marshal(", "_slJN1.Bytes(/*line :17:10*/json.Marshal("}, []string{"_slJN2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Box[T any] struct{ V T }\n\nfunc (b Box[T]) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Plain struct{ N int }\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
