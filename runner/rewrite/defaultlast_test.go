package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("defaultlast", "switch-default-inside"),
		fromCorpus("typeswitch_empty", "type-switch-empty-interface"),
	)
}

// TestDefaultLast checks which switches pass defaultlast gives a last
// clause that never matches, and which fallthroughs it refuses.
func TestDefaultLast(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"a switch without tag", "switch {\n\tdefault:\n\tcase x > 1:\n\t}",
			[]string{"case false:/*line :11:2*/}"}, nil},
		{"a switch with a tag", "switch x {\n\tcase 0:\n\tdefault:\n\tcase 1, 2:\n\t}",
			[]string{"switch   {", "case x == /*line :9:7*/0:", "case x == /*line :11:7*/1 || x == /*line :11:10*/2:", "case false:/*line :12:2*/}"}, nil},
		{"a default clause last", "switch x {\n\tcase 0:\n\tdefault:\n\t}",
			nil, []string{"case false", "x == "}},
		{"a type switch of concrete types", "switch v.(type) {\n\tdefault:\n\tcase int, string:\n\t}",
			nil, []string{"never"}},
		{"a type switch with any after its default clause", "switch v.(type) {\n\tdefault:\n\tcase int:\n\tcase any:\n\t}",
			[]string{"case _ts1 != nil:", "case false:/*line :12:2*/}"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nvar x int\n\nvar v any\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

func TestDefaultLastRefuse(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a fallthrough into the default clause", "switch x {\n\tcase 0:\n\t\tfallthrough\n\tdefault:\n\tcase 1:\n\t}", "main.go:10:3: the interpreter moves a default clause"},
		{"a fallthrough out of the default clause", "switch {\n\tdefault:\n\t\tx++\n\t\tfallthrough\n\tcase x > 1:\n\t}", "main.go:11:3: the interpreter moves a default clause"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, "package main\n\nvar x int\n\nvar v any\n\nfunc main() {\n\t"+tt.body+"\n}\n", tt.want)
		})
	}
}
