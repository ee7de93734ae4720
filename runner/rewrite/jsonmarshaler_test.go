package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("jsonmarshaler", "json-marshaler-itself"))
}

// TestMarshalerErrors checks which calls of json.Marshal have their error
// handed to lift's namer of the value's type: those of a type with its
// own MarshalJSON in the value's method set, whose results the script
// uses.
func TestMarshalerErrors(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a value", "b, err := json.Marshal(Level(1))\n\t_, _ = b, err",
			[]string{`.JSONMarshalerNamed("main.Level")`, ".Bytes(/*line :16:12*/json.Marshal(Level(1)))"}, nil},
		{"a pointer", "l := Level(1)\n\tb, err := json.Marshal(&l)\n\t_, _ = b, err",
			[]string{`.JSONMarshalerNamed("*main.Level")`, ".Bytes(/*line :17:12*/json.Marshal(&l))"}, nil},
		{"a pointer of a pointer receiver", "b, err := json.Marshal(&Counter{})\n\t_, _ = b, err",
			[]string{`.JSONMarshalerNamed("*main.Counter")`}, nil},
		{"a value of a pointer receiver, refused by runner/refuse", "b, err := json.Marshal(Counter{})\n\t_, _ = b, err",
			nil, []string{"JSONMarshalerNamed"}},
		{"results unused", "json.Marshal(Level(1))\n\t_, _ = json.Marshal(Level(0))",
			nil, []string{"JSONMarshalerNamed"}},
		{"a type without the method", "b, err := json.Marshal(Plain{})\n\t_, _ = b, err",
			nil, []string{"JSONMarshalerNamed"}},
		{"one namer for two calls", "a, _ := json.Marshal(Level(1))\n\tb, _ := json.Marshal(Level(0))\n\t_, _ = a, b",
			[]string{"_slJN1.Bytes(/*line :16:10*/json.Marshal(Level(1)))", "_slJN1.Bytes(/*line :17:10*/json.Marshal(Level(0)))"}, []string{"_slJN2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"encoding/json\"\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Counter struct{ N int }\n\nfunc (c *Counter) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Plain struct{ N int }\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
