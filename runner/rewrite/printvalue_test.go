package rewrite_test

import "testing"

// TestPrintValues: a printing function of fmt taken as a value becomes a
// function of the file's own that lifts what it prints, keeping the
// columns; a call of one, and a value where the script declares no type
// printed otherwise, are left alone.
func TestPrintValues(t *testing.T) {
	const card = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nvar _ strings.Builder\n\ntype Card struct{ Rank int }\n\nfunc (c Card) String() string { return \"#\" }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"Println", card + "func main() {\n\tp := fmt.Println\n\tp(Card{1})\n}\n",
			[]string{"p := _slPrintln", "/*line :15:18*/", "(a ...any) (int, error) { return fmt.Println(_slAnys"}, nil},
		{"Printf in a field", card + "type R struct{ out func(string, ...any) (int, error) }\n\nfunc main() {\n\tr := R{fmt.Printf}\n\tr.out(\"%v\\n\", Card{1})\n}\n",
			[]string{"R{_slPrintf", "(format string, a ...any) (int, error) { return fmt.Printf(\"%s\", _sl"}, nil},
		{"Fprintln", card + "func main() {\n\tvar b strings.Builder\n\tw := fmt.Fprintln\n\tw(&b, Card{1})\n}\n",
			[]string{"(w _sl", ".Writer, a ...any) (int, error) { return fmt.Fprintln(w, _slAnys"}, nil},
		{"Errorf", card + "func main() {\n\tef := fmt.Errorf\n\tfmt.Println(ef(\"%v\", Card{1}))\n}\n",
			[]string{".Errorf(fmt.Errorf)(format, _slKepts"}, nil},
		{"a call", card + "func main() {\n\tfmt.Println(Card{1})\n\t(fmt.Println)(Card{2})\n}\n", nil, []string{"_slPrintln"}},
		{"no type printed otherwise", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tp := fmt.Println\n\tp(1)\n}\n", nil, []string{"_slPrintln"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
