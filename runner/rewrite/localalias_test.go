package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("localalias_forms", "lang-local-type-aliases"))
}

// TestLocalAliases checks that pass localalias writes each use of a type
// alias declared inside a function as the type it stands for, comments
// the declaration out, and refuses the uses it cannot write out.
func TestLocalAliases(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a basic type", "type Score = int\n\tvar s Score = 3\n\tfmt.Println(s)", []string{"type _alias1 struct{} /* Score = int */", "var s int/*line :7:13*/ = 3"}, nil},
		{"a composite literal", "type Grid = [][]rune\n\tg := Grid{{'a'}}\n\tfmt.Println(g)", []string{"g := [][]rune/*line :7:11*/{{'a'}}"}, nil},
		{"an alias of an alias", "type Row = []rune\n\ttype Grid = []Row\n\tvar g Grid\n\tfmt.Println(g)", []string{"var g [][]rune/*line :8:12*/"}, nil},
		{"a library type", "type S = fmt.Stringer\n\tvar s S\n\tfmt.Println(s)", []string{"var s fmt.Stringer/*line :7:9*/"}, nil},
		{"over several lines", "type P = struct {\n\t\tX int\n\t}\n\tfmt.Println(P{1})", []string{"fmt.Println(struct{X int}/*line :9:15*/{1})"}, nil},
		{"a top-level alias", "fmt.Println(1)", []string{"fmt.Println(1)"}, []string{"_alias"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not)
		})
	}
}

// TestLocalAliasesRefused checks the uses that the pass cannot write out:
// where a name the alias spells means another thing, and an embedded
// field that the alias names.
func TestLocalAliasesRefused(t *testing.T) {
	refuses(t, "package main\n\nfunc main() {\n\ttype A = []int\n\t{\n\t\ttype int = string\n\t\tvar a A\n\t\t_ = a\n\t}\n}\n",
		"main.go:7:9: the interpreter declares no type alias inside a function, and socklab cannot write A out here as the type it stands for: declare A at the top level, or write []int")
	refuses(t, "package main\n\nfunc main() {\n\ttype Score = int\n\ttype R struct{ Score }\n\t_ = R{}\n}\n",
		"main.go:5:17: the interpreter declares no type alias inside a function, and an embedded field named Score, the alias's name, cannot be written out as the type it stands for: declare Score at the top level")
}
