package refuse_test

import (
	"strings"
	"testing"
)

// TestLookalikeEquals checks which comparisons and maps keyed by an
// interface are refused where what the interfaces hold the interpreter
// makes one type at run time, and which are not.
func TestLookalikeEquals(t *testing.T) {
	const mode = "type Mode uint8\n\nfunc (m Mode) String() string { return \"\" }\nfunc (m *Mode) Set(v uint8) { *m = Mode(v) }\n\n"
	const path = "type Path []string\n\nfunc (p Path) String() string { return \"\" }\n\n"
	tests := []struct {
		name, body string
		want       string // "" where nothing is refused
	}{
		{"two interfaces holding a type on uint8 with a pointer method and a uint8", mode + "func main() {\n\tvar a any = Mode(1)\n\tvar b any = uint8(1)\n\t_ = a == b\n}",
			"main.go:23:8: the interpreter makes Mode and uint8 one type at run time (it keeps no type names), so this == finds an interface holding a Mode equal to one holding a uint8"},
		{"a value of the type compared with an interface holding the basic type", mode + "func main() {\n\tvar b any = byte(1)\n\t_ = b != Mode(1)\n}",
			"main.go:22:8: the interpreter makes Mode and byte one type at run time"},
		{"a switch on an interface", mode + "func main() {\n\tvar a any = Mode(1)\n\tvar b any = uint8(1)\n\tswitch a {\n\tcase b:\n\t}\n}",
			"main.go:24:7: the interpreter makes Mode and uint8 one type at run time (it keeps no type names), so this switch's case finds"},
		{"two such types on one basic type", mode + "type Flag uint8\n\nfunc (f *Flag) Toggle() { *f ^= 1 }\n\nfunc main() {\n\tvar a any = Mode(1)\n\tvar c any = Flag(1)\n\t_ = a == c\n}",
			"main.go:27:8: the interpreter makes Mode and Flag one type at run time"},
		{"a map keyed by any that holds both", mode + "func main() {\n\tseen := map[any]bool{}\n\tseen[Mode(1)] = true\n\tseen[uint8(1)] = true\n}",
			"main.go:21:14: the interpreter makes Mode and uint8 one type at run time (it keeps no type names), so a map keyed by any holds a Mode and a uint8 of the same value as one key"},
		{"two interfaces that may hold an uncomparable type whose form a []string has", path + "func main() {\n\twords := []string{\"a\"}\n\t_ = words\n\tvar a, b any = Path{}, Path{}\n\t_ = a == b\n}",
			"main.go:23:8: the interpreter makes Path and []string one type at run time (it keeps no type names), so this == of interfaces that hold a Path panics naming []string (comparing uncomparable type []string) where Go names main.Path"},
		{"a map keyed by any that may hold such a type", path + "func main() {\n\tvar words []string\n\t_ = words\n\tm := map[any]int{}\n\tm[Path{}]++\n}",
			"main.go:22:11: the interpreter makes Path and []string one type at run time (it keeps no type names), so hashing a Path as a key of a map keyed by any panics naming []string"},
		{"the type on uint8 beside a uint8 that is only printed", mode + "func main() {\n\tvar a any = Mode(1)\n\tfmt.Println(uint8(1))\n\t_ = a == any(Mode(2))\n}", ""},
		{"a uint8 converted only to be printed, beside results and variables that hold the type alone", mode + "func mode() any { m := Mode(0); m.Set(1); return m }\n\nfunc main() {\n\tfmt.Println(any(uint8(1)))\n\tvar v any = mode()\n\tw := v\n\t_ = mode() == any(Mode(1)) || w == v\n\tseen := map[any]int{mode(): 1}\n\tseen[w]++\n}", ""},
		{"a variable assigned a uint8 on another line", mode + "func main() {\n\tvar v any = Mode(1)\n\tw := v\n\tw = uint8(1)\n\t_ = v == w\n}", "main.go:24:8: the interpreter makes Mode and uint8 one type at run time"},
		{"a uint8 compared with an interface holding the type", mode + "func main() {\n\tvar a any = Mode(1)\n\t_ = a == uint8(1)\n}", ""},
		{"a type on uint8 with String alone, of lift's pool", "type K uint8\n\nfunc (K) String() string { return \"\" }\n\nfunc main() {\n\tvar a any = K(1)\n\tvar b any = uint8(1)\n\t_ = a == b\n\t_ = map[any]int{a: 1, b: 2}\n}", ""},
		{"an uncomparable type whose form no other type has", path + "func main() {\n\tvar a, b any = Path{}, Path{}\n\t_ = a == b\n}", ""},
		{"comparisons with nil", mode + path + "func main() {\n\tvar words []string\n\t_ = words\n\tvar a any = Mode(1)\n\tvar b any = uint8(1)\n\tvar c any = Path{}\n\t_ = a == nil || b != nil || c == nil\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "one type at run time (it keeps no type names), so") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
