package rewrite_test

import (
	"regexp"
	"strings"
	"testing"
)

// The corpus's other programs of formats known at run time print to
// os.Stdout or through log, which the interpreter of these tests does not
// capture: the differential test runs them.
func init() {
	programs = append(programs,
		fromCorpus("printruntime_spread", "printf-spread-any"),
		fromCorpus("printruntime_errorf", "errorf-format-variable"),
	)
}

// TestPrintedRuntimeFormat: a printing call whose format is not a
// constant, or that spreads its arguments, hands the format and the
// arguments that may hold a script's type to lift, which reads the verbs
// when it runs; fmt.Errorf goes through lift.Errorf, which wraps with %w;
// a call of log under pass logsite keeps its line; a call whose arguments
// hold nothing of the script's is left as it is.
func TestPrintedRuntimeFormat(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"log\"\n)\n\nvar _, _, _ = fmt.Sprint, log.Print, io.EOF\n\ntype P struct {\n\tName string\n\tage  int\n}\n\n"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a format variable", "func main() {\n\tf := \"%T %+v\\n\"\n\tfmt.Printf(f, P{\"a\", 1}, P{})\n}\n",
			[]string{"fmt.Printf(\"%s\", _sl.Sprintf(f, _sl.Show(P{\"a\", 1}, _slT), _sl.Show(P{}, _slT)))"}, nil},
		{"a wrapper of log.Printf", "func logf(format string, args ...any) {\n\tlog.Printf(\"> \"+format, args...)\n}\n\nfunc main() { logf(\"%v\", P{}) }\n",
			[]string{"\"%s\", _sl.Sprintf(\"> \"+format, _slKepts(args)...))", ".Kept(x, _slAny(x))"}, nil},
		{"a constant format with a spread slice", "func main() {\n\txs := []any{P{}}\n\tfmt.Printf(\"%T\\n\", xs...)\n}\n",
			[]string{"fmt.Printf(\"%s\", _sl.Sprintf(\"%T\\n\", _slKepts"}, nil},
		{"fmt.Errorf", "func main() {\n\tf := \"%v: %w\"\n\tvar x any = io.EOF\n\t_ = fmt.Errorf(f, P{}, x)\n}\n",
			[]string{"_sl.Errorf(fmt.Errorf)(f, _sl.Show(P{}, _slT), _slKept"}, nil},
		{"an error of the script's to fmt.Errorf", "type E struct{}\n\nfunc (*E) Error() string { return \"e\" }\n\nfunc main() {\n\tf := \"%w\"\n\t_ = fmt.Errorf(f, &E{})\n}\n",
			[]string{"(x *E) any { var err error = x; return _sl.Kept(err, _slAny"}, nil},
		{"a deferred fmt.Printf, which prints when it runs", "func main() {\n\tf := \"%+v\\n\"\n\tp := &P{}\n\tdefer fmt.Printf(f, p)\n\tdefer log.Printf(f, p)\n}\n",
			[]string{"defer fmt.Printf(\"%s\", _sl.Formatted(f, _sl.Show(p, _slT)))", "(log.Printf).(func(format string, v ...any))(\"%s\", _sl.Formatted(f, _sl.Show(p, _slT)))"}, []string{"Sprintf"}},
		{"calls that go starts", "func main() {\n\tf := \"%+v\\n\"\n\tl := log.Default()\n\tgo l.Printf(f, P{})\n\tgo fmt.Sprintf(f, P{})\n\tgo fmt.Appendf(nil, f, P{})\n\tgo fmt.Errorf(f, P{})\n}\n",
			[]string{"go l.Printf(\"%s\", _sl.Formatted(f, _sl.Show(P{}, _slT)))", "go fmt.Sprintf(\"%s\", _sl.Formatted(f, ", "go fmt.Appendf(nil, \"%s\", _sl.Formatted(f, ", "go _sl.Errorf(fmt.Errorf)(f, _sl.Show(P{}, _slT))"}, []string{"Sprintf(f"}},
		{"nothing of the script's", "func main() {\n\tf := \"%v %d\\n\"\n\tfmt.Printf(f, \"a\", 1)\n\tvar err error\n\t_ = fmt.Errorf(f, err)\n\t_ = P{}\n}\n",
			[]string{"fmt.Printf(f, \"a\", 1)", "fmt.Errorf(f, err)"}, []string{"Sprintf", "Errorf(fmt"}},
		{"a type declared in a function", "func main() {\n\ttype L struct{ n int }\n\tf := \"%v\\n\"\n\tfmt.Printf(f, L{1})\n\t_ = P{}\n}\n",
			[]string{"fmt.Printf(\"%s\", _sl.Sprintf(f, _sl.Show(L{1}, _slT)))", "Define(_slT, \"main.L\", true, nil, nil, \"n\""}, nil},
		{"a function of the script's types", "func (p P) Older(q P) bool { return p.age > q.age }\n\nfunc main() {\n\tf := \"%T\\n\"\n\tfmt.Printf(f, P.Older)\n}\n",
			[]string{"_sl.Sprintf(f, _sl.Show(func() func(P, P) bool {", "\"func(main.P, main.P) bool\""}, nil},
		{"a Format method below the top level", "type C float64\n\nfunc (c C) Format(f fmt.State, verb rune) { fmt.Fprint(f, \"c\") }\n\ntype R struct{ C C }\n\nfunc main() {\n\tf, c := \"%v\\n\", C(1)\n\tfmt.Printf(f, R{}, c)\n}\n",
			[]string{"_sl.Sprintf(f, _sl.Show(R{}, _slT), _sl.Show(c, _slT))", ".Formats(_slT, func(v C, f _sl.State, verb rune) { v.Format(f, verb) })"}, nil},
		{"a constant format with extra arguments, whose types fmt names", "func main() {\n\tfmt.Printf(\"%v\\n\", 1, P{})\n}\n",
			[]string{"fmt.Printf(\"%s\", _sl.Sprintf(\"%v\\n\", 1, _sl.Show(P{}, _slT)))"}, nil},
		{"a type parameter", "func show[T any](f string, xs []T) { fmt.Printf(f, xs) }\n\nfunc main() { show(\"%v\", []P{}) }\n",
			[]string{"fmt.Printf(f, xs)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runtimeHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}

// TestPrintedRuntimeFormatRefused: a value that a format known only at
// run time prints, of a type declared inside a function whose String
// method the description cannot call from the top level, is refused, as
// a constant format's %v of it is: %T would print the interpreter's type.
func TestPrintedRuntimeFormatRefused(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype P struct{ X int }\n\nfunc (p P) String() string { return \"p\" }\n\nfunc main() {\n\ttype hop struct{ P }\n\tf := \"%v\"\n\tfmt.Printf(f, hop{})\n}\n"
	refuses(t, src, "main.go:12:16: socklab cannot print a value of hop as Go does here: it holds a type declared inside a function")
}

// TestPrintedRuntimeFormatLogSite: where log's flags name the file, pass
// logsite hands lift the call's line, and the arguments still go through
// lift.Sprintf.
func TestPrintedRuntimeFormatLogSite(t *testing.T) {
	src := "package main\n\nimport \"log\"\n\ntype P struct{ age int }\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf := \"%+v\"\n\tlog.Printf(f, P{1})\n}\n"
	runtimeHolds(t, src, []string{"LogPrintf(log.Default(), \"main.go\", 10, /*line :10:13*/\"%s\", _sl.Sprintf(f, _sl.Show(P{1}, _slT)))"}, nil)
}

// runtimeHolds is liftHolds, with the names the rewrite numbers (_sl2,
// _slT3) written without their numbers (_sl, _slT).
func runtimeHolds(t *testing.T, src string, want, not []string) {
	t.Helper()
	out := regexp.MustCompile(`(_sl[A-Za-z]*)[0-9]+`).ReplaceAllString(string(lift(t, "main.go", src)), "$1")
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("want %q in:\n%s", w, out)
		}
	}
	for _, n := range not {
		if strings.Contains(out, n) {
			t.Errorf("want no %q in:\n%s", n, out)
		}
	}
}
