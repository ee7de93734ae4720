package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs,
		fromCorpus("basicnamed_switch", "type-switch"),
		fromCorpus("basicnamed_kind", "message-kind"),
		fromCorpus("basicnamed_temperatures", "temperatures"),
		fromCorpus("basicnamed_kinds", "named-basic-kinds"),
		fromCorpus("basicnamed_stringer_switch", "kind-stringer-switch"),
		fromCorpus("basicnamed_int_methods", "named-int-methods"),
		fromCorpus("basicnamed_error_codes", "error-code-methods"),
		fromCorpus("basicnamed_bool_comparison", "named-bool-comparison"),
		fromCorpus("basicnamed_key_literals", "lang-named-key-literals"),
		program{"basicnamed_recovered_index", `package main

import "fmt"

type Celsius int

func at(c Celsius) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	return [...]string{"down", "up"}[c]
}

func main() { fmt.Println(at(1), at(5)) }
`},
		program{"basicnamed_constants", `package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type Kind uint8
type Name string
type Flag bool
type Raw []byte
type Level int
type Temp Celsius // a type on a type of the pool

const Freezing Celsius = 0
const Boil = Freezing + 100
const Tenth Celsius = 0.1

const (
	Hello Kind = iota + 1
	Bye
)

const (
	Low Level = iota
	High
)

var names = [...]string{Hello: "hello", Bye: "bye"}

type S struct{ K Kind }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case Fahrenheit:
		return fmt.Sprintf("fahr %.1f %v", x, x)
	case Temp:
		return fmt.Sprint("temp ", x)
	case float64:
		return fmt.Sprintf("float %v", x)
	case Kind:
		return "kind " + names[x]
	case uint8:
		return "uint8"
	case Name:
		return "name " + string(x+"!")
	case string:
		return "string"
	case Flag:
		return fmt.Sprint("flag ", !x)
	case bool:
		return "bool"
	case Raw:
		return fmt.Sprint("raw ", len(x), x[0])
	case []byte:
		return "bytes"
	case Level:
		return fmt.Sprint("level ", x+1)
	default:
		return fmt.Sprintf("default %v", x)
	}
}

func ret() any { return Bye }

func main() {
	var j any
	json.Unmarshal([]byte("2.5"), &j)
	f, _ := strconv.ParseFloat("1.5", 64)
	c := Celsius(21.5)
	c += 1
	c = c * 2
	var x any = Freezing
	vals := []any{nil, 3.5, c, CToF(c), j, f, Hello, uint8(1), Name("al"), "s", Flag(true), true, Raw("ab"), []byte("x"), High, 7, Freezing, x, Boil, Temp(c), ret(), Tenth + 0.2}
	for _, v := range vals {
		_, okc := v.(Celsius)
		_, okf := v.(float64)
		_, okk := v.(Kind)
		fmt.Println(kind(v), okc, okf, okk)
	}
	fmt.Println(c, CToF(c), math.Abs(float64(c)), c < 100, c == 45, Freezing, Tenth+0.2 == 0.3)
	fmt.Printf("%v %.2f %g %s %q %d %x\n", c, c, c, Name("a"), Name("b"), Bye, Raw("hi"))
	b, err := json.Marshal(map[string]any{"c": c, "n": Name("x"), "k": Bye, "r": Raw("hi")})
	fmt.Println(string(b), err)
	var back struct {
		C Celsius
		N Name
		K Kind
	}
	err = json.Unmarshal([]byte(` + "`" + `{"C":1.5,"N":"z","K":2}` + "`" + `), &back)
	fmt.Println(back, err, back.C+1)
	var a1, a2 any = Celsius(1), Celsius(1)
	var a3 any = 1.0
	fmt.Println(a1 == a2, a1 == a3, a1 == any(Fahrenheit(1)))
	km := map[any]int{Celsius(1): 1, Hello: 2}
	fmt.Println(km[Celsius(1)], km[1.0], km[Hello], km[uint8(1)], len(km))
	m := map[Kind]string{Hello: "h", Bye: "b"}
	fmt.Println(m[Bye], m[Hello], len(m), S{K: Bye}, []Kind{Hello, Bye})
	cs := []Celsius{3, 1, 2}
	sort.Slice(cs, func(i, k int) bool { return cs[i] < cs[k] })
	fmt.Println(cs, names[Bye], Kind(2) == Bye)
	switch k := Bye; k {
	case Hello:
		fmt.Println("hello")
	case Bye:
		fmt.Println("bye")
	}
	var arr [Bye]int
	fmt.Println(len(arr), strconv.Itoa(int(Bye)), Name("q")+"r", len(Name("abc")), Raw("ab")[1], string(Raw("zz")))
	for i, r := range Name("hé") {
		fmt.Println(i, r)
	}
	var fl Flag
	if !fl {
		fmt.Println("not flag")
	}
	var k Kind = 255
	k++
	fmt.Println(k, Level(3)<<2, -Level(3), ^Kind(0), Hello<<Bye)
}
`},
	)
}

// TestBasicNamedDeclares checks the declarations the pass writes: each
// type on one underlying type gets a type of the pool of its own, numbered
// across the script's packages in the order of their paths; a type with
// a String method gets one of the pool's types with that method, which
// its method, written as a function, is handed to; and a type with other
// methods keeps its declaration.
func TestBasicNamedDeclares(t *testing.T) {
	ofset := token.NewFileSet()
	of, err := parser.ParseFile(ofset, "temp.go", "package temp\n\ntype Celsius float64\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	other, err := new(types.Config).Check("example/temp", ofset, []*ast.File{of}, nil)
	if err != nil {
		t.Fatal(err)
	}
	src := "package main\n\ntype Kelvin float64 // after\ntype Kind uint8\n\nfunc (Kind) String() string { return \"\" }\n\ntype (\n\tFar  float64\n\tRaw  []byte\n\tList []int\n)\n\ntype Mode uint8\n\nfunc (m Mode) Bits() int { return int(m) }\n\nfunc main() {}\n"
	out := string(applied(t, src, other))
	for _, want := range []string{
		"package main; import _sl1 \"socklab/named\"; var _methods2 = _sl1.Uint8_String1Methods(_slKind_String)\n",
		"type Kelvin = _sl1.Float64_3/*line :3:20*/ // after\n",
		"type Kind = _sl1.Uint8_String1/*line :4:16*/\n",
		"func _slKind_String(Kind/*line :6:20*/) string { return \"\" }\n",
		"type Mode uint8\n\nfunc (m Mode) Bits() int",
		"\tFar  = _sl1.Float64_2/*line :9:14*/\n",
		"\tRaw  = _sl1.Bytes_1/*line :10:13*/\n",
		"\tList []int\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the rewritten source lacks %q:\n%s", want, out)
		}
	}
	names := rewrite.PoolNames(pkg(t, src, other))
	if len(names) != 4 || names["lift.Float64_3"] != "main.Kelvin" || names["lift.Bytes_1"] != "main.Raw" || names["lift.Uint8_String1"] != "main.Kind" {
		t.Errorf("PoolNames = %v, want lift.Float64_3 for main.Kelvin, lift.Float64_2 for main.Far, lift.Bytes_1 for main.Raw, lift.Uint8_String1 for main.Kind", names)
	}
}

// TestBasicNamedRefuses checks that a type past the pool's end is refused
// where a type switch case or a type assertion names it, and left alone
// elsewhere.
// TestPooledSpreads checks that a slice of a type of lift's pool spread
// into a variadic parameter goes as its underlying slice type, and
// nothing else does.
func TestPooledSpreads(t *testing.T) {
	const head = "package main\n\ntype Frame []byte\n\ntype Text string\n\nfunc sum(b ...byte) int { return len(b) }\n\nfunc join(s ...Text) int { return len(s) }\n\nfunc main() {\n\tf := Frame(\"hi\")\n\t"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a function of the script", "_ = sum(f...)", []string{"sum([]byte(/*line :13:10*/f)/*line :13:11*/...)"}, nil},
		{"a slice of it", "_ = sum(f[1:]...)", []string{"sum([]byte(/*line :13:10*/f[1:])/*line :13:15*/...)"}, nil},
		{"append", "_ = append([]byte{}, f...)", []string{"[]byte(/*line :13:23*/f)/*line :13:24*/...)"}, nil},
		{"an unnamed slice", "_ = sum([]byte(f)...)", []string{"_ = sum([]byte(f)...)"}, nil},
		{"elements of a pooled type in an unnamed slice", "_, _ = f, join([]Text{\"a\"}...)", []string{"join([]Text{"}, []string{"[]Text(/*line"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body+"\n}\n", tt.want, tt.not) })
	}
}

func TestBasicNamedRefuses(t *testing.T) {
	var b strings.Builder
	b.WriteString("package main\n\n")
	for i := range 9 {
		b.WriteString("type N" + string(rune('A'+i)) + " int\n")
	}
	b.WriteString("\nfunc main() {\n\tvar v any = NI(1)\n\t_ = v == any(NH(1))\n}\n")
	out := string(applied(t, b.String()))
	if !strings.Contains(out, "\ntype NH = _sl1.Int_8/*line :10:12*/\ntype NI int\n") {
		t.Errorf("the rewritten source does not declare NH in the pool and leave NI:\n%s", out)
	}
	src := strings.Replace(b.String(), "\t_ = v == any(NH(1))", "\t_, _ = v.(NI)", 1)
	want := "main.go:15:12: the interpreter cannot tell apart more than 8 types that the script declares on int, and NI is one more"
	refuses(t, src, want)
}

// TestBasicNamedMethods: a type with String or Error methods becomes a
// type of the pool with them, unless a struct embeds it or it has other
// methods, or a pointer receiver.
func TestBasicNamedMethods(t *testing.T) {
	const head = "package main\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"String and Error", head + "type C int\n\nfunc (c C) Error() string { return \"\" }\nfunc (c C) String() string { return \"\" }\n\nfunc main() {}\n",
			[]string{"package main; import _sl1 \"socklab/named\"; var _methods2 = _sl1.Int_StringError1Methods(_slC_String, _slC_Error)\n", "type C = _sl1.Int_StringError1/*line :3:11*/\n", "func _slC_Error(c C/*line :5:18*/) string {", "func _slC_String(c C/*line :6:19*/) string {"}, nil},
		{"after the imports", head + "import \"fmt\"\n\ntype C string\n\nfunc (c C) Error() string { return fmt.Sprint(\"\") }\n\nfunc main() {}\n",
			[]string{"import \"fmt\"; var _methods2 = _sl1.String_Error1Methods(_slC_Error)\n"}, nil},
		{"embedded", head + "type C int\n\nfunc (C) String() string { return \"\" }\n\ntype S struct {\n\tC\n\tN int\n}\n\nfunc main() {}\n",
			[]string{"type C int\n", "func (C) String() string"}, []string{"_sl1"}},
		{"a pointer receiver", head + "type C int\n\nfunc (*C) String() string { return \"\" }\n\nfunc main() {}\n",
			[]string{"type C int\n"}, []string{"_sl1"}},
		{"another method", head + "type C int\n\nfunc (C) String() string { return \"\" }\nfunc (C) Kelvin() int { return 0 }\n\nfunc main() {}\n",
			[]string{"type C int\n"}, []string{"_sl1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestBasicNamedMethodsFirstFile: the methods of the package's types, and
// the descriptions that printing calls need, are handed over after the
// imports of the package's first file, before any variable the script
// declares in any of its files, and the names the edits give out differ
// from file to file.
func TestBasicNamedMethodsFirstFile(t *testing.T) {
	a := "package colors\n\nimport \"fmt\"\n\nvar Label = fmt.Sprint(Red)\n"
	b := "package colors\n\nimport \"fmt\"\n\ntype Color int\n\nfunc (c Color) String() string { return \"red\" }\n\nconst Red Color = 1\n\nvar Again = fmt.Sprint(Red)\n"
	p := checkedFiles(t, "example.com/colors", "a.go", a, "b.go", b)
	out, err := rewrite.Apply(p)
	if err != nil {
		t.Fatal(err)
	}
	first, second := string(out[p.Files[0]]), string(out[p.Files[1]])
	for _, want := range []string{
		"import \"fmt\"; var _methods",
		".Int_String1Methods(_slColor_String); var _slT",
		".Define(_slT",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("want %q in a.go:\n%s", want, first)
		}
	}
	if strings.Contains(second, "Methods(") {
		t.Errorf("b.go hands methods over again:\n%s", second)
	}
	if i, j := strings.Index(first, ".Define("), strings.Index(first, "var Label"); i > j {
		t.Errorf("a.go describes Color after Label:\n%s", first)
	}
	seen := map[string]bool{}
	for _, src := range []string{first, second} {
		for _, name := range regexp.MustCompile(`var (_sl\w+\d+) =`).FindAllStringSubmatch(src, -1) {
			if seen[name[1]] {
				t.Errorf("%s declared twice in the package:\n%s\n%s", name[1], first, second)
			}
			seen[name[1]] = true
		}
	}
}

// TestBasicNamedComparisons: a comparison that Go gives a pooled bool
// type becomes a conversion to the pool's type, with &&, || and ! over
// comparisons converted whole, and the columns after it kept; one whose
// type stays bool, or whose operands are typed, is left alone; one that a
// select's case sends is refused.
func TestBasicNamedComparisons(t *testing.T) {
	const head = "package main\n\ntype Flag bool\n\nvar x = 1\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"map index", head + "func main() {\n\tm := map[Flag]int{}\n\tm[x == 1] = 1\n}\n",
			[]string{"\tm[_sl1.Bool_1(/*line :9:4*/x == 1)/*line :9:10*/] = 1\n"}, nil},
		{"and, or, not", head + "var f Flag = x > 0 && !(x < 2) || x == 3\n\nfunc main() {}\n",
			[]string{"var f Flag = _sl1.Bool_1(/*line :7:14*/x > 0 && !(x < 2) || x == 3)/*line :7:41*/\n"}, []string{"_sl1.Bool_1((", "_sl1.Bool_1(x"}},
		{"compared with a Flag", head + "var f Flag\n\nvar b = f == (x > 0)\n\nfunc main() {}\n",
			[]string{"var b = f == _sl1.Bool_1(/*line :9:14*/(x > 0))/*line :9:21*/\n"}, nil},
		{"bool", head + "var b = x > 0\n\nfunc main() {\n\tif x == 1 {\n\t}\n}\n",
			nil, []string{"_sl1.Bool_1("}},
		{"typed operands", head + "var f, g Flag\n\nvar h Flag = f && !g\n\nfunc main() {}\n",
			nil, []string{"_sl1.Bool_1("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
	refuses(t, head+"func main() {\n\tc := make(chan Flag, 1)\n\tselect {\n\tcase c <- x > 0:\n\t}\n}\n",
		"main.go:10:12: the interpreter cannot send this comparison as a Flag in a select's case")
}

// TestBasicNamedConstants checks how a constant expression of a pooled
// type that names a constant is written: as a conversion to its type, on
// one line or over several, and a constant min or max left as pass minmax
// writes it.
func TestBasicNamedConstants(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"one line", "c := Boiling - 1", []string{"c := Celsius(Boiling - 1)/*line :8:18*/"}},
		{"over two lines", "c := Boiling +\n\t\t1", []string{"c := Celsius(/*line :8:7*/Boiling +\n\t\t1)/*line :9:4*/"}},
		{"min of constants", "c := min(Boiling, 37.5)", []string{"c := Celsius(37.5)\n"}},
		{"max of constants, plus one", "c := max(Boiling, 37.5) + 1", []string{"c := Celsius(/*line :8:7*/Celsius(100.0) + 1)/*line :8:29*/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package main\n\ntype Celsius float64\n\nconst Boiling Celsius = 100\n\nfunc main() {\n\t" + tc.body + "\n\tprintln(c)\n}\n"
			liftHolds(t, src, tc.want, nil)
		})
	}
}

// TestPooledLiterals checks that a literal constant of a pooled type
// becomes a conversion where reflect takes it (a map's index, delete's
// key, an element append adds) and stays as it is elsewhere.
func TestPooledLiterals(t *testing.T) {
	const head = "package main\n\ntype Tag string\n\ntype Level int\n\nfunc main() {\n\tm := map[Tag]int{\"a\": 1}\n\tvar s []Tag\n\tn := map[Level]bool{}\n\t"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a map's index", "m[\"b\"] = 2", []string{"m[Tag(\"b\")/*line :11:7*/] = 2"}, nil},
		{"an increment", "n[7] = !n[3+4]", []string{"n[Level(7)/*line :11:5*/]", "n[Level(/*line :11:12*/Level(7)/*line :11:15*/)/*line :11:15*/]"}, nil},
		{"in parentheses", "m[(\"b\")]++", []string{"m[Tag((\"b\"))/*line :11:9*/]++"}, nil},
		{"delete's key", "delete(m, \"a\")", []string{"delete(m, Tag(\"a\")/*line :11:15*/)"}, nil},
		{"append's elements", "s = append(s, \"x\", \"y\")", []string{"append(s, Tag(\"x\")/*line :11:19*/, Tag(\"y\")/*line :11:24*/)"}, nil},
		{"a map literal's key", "m = map[Tag]int{\"k\": 1}", []string{"map[Tag]int{\"k\": 1}"}, []string{"Tag(\"k\")"}},
		{"an assignment", "s = []Tag{\"x\"}", []string{"s = []Tag{\"x\"}"}, []string{"Tag(\"x\")"}},
		{"a conversion already", "m[Tag(\"b\")] = 2", []string{"m[Tag(\"b\")] = 2"}, []string{"Tag(Tag"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n\t_, _, _ = m, s, n\n}\n", tt.want, tt.not)
		})
	}
}

// TestDeclareAfterImports checks that in a file without imports the
// declarations the passes make come after the imports they add, both at
// the package clause's end.
func TestDeclareAfterImports(t *testing.T) {
	src := "package main\n\ntype K int\n\nfunc (k K) String() string { return \"k\" }\n\nfunc main() {\n\tprintln(K(3))\n}\n"
	first, _, _ := strings.Cut(string(lift(t, "main.go", src)), "\n")
	decl := strings.Index(first, "; var ")
	if decl < 0 || strings.LastIndex(first, "; import ") > decl {
		t.Errorf("want the imports before the declarations: %s", first)
	}
}
