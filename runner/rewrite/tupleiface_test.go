package rewrite_test

import (
	"fmt"
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("tupleiface", "tuple-assign-interface"))
}

// TestTupleIfaceWhere checks which assignments of several values the pass
// writes as a call of a literal that returns them, and that the columns
// after them stay theirs.
func TestTupleIfaceWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "nil to an error",
			body: "var n int\n\tvar err error\n\tn, err = 1, nil\n\t_, _ = n, err",
			want: []string{"n, err = 1, (error)(/*line :14:14*/nil)/*line :14:17*/"},
			not:  []string{"func() ("},
		},
		{
			name: "nil to an error field, beside an index",
			body: "var s struct{ err error }\n\tm := map[int]int{}\n\tm[0], s.err = 1, nil\n\t_ = s",
			want: []string{"m[0], s.err = 1, (error)(/*line :14:19*/nil)/*line :14:22*/"},
		},
		{
			name: "an element and a field, with neither side calling, assigned one by one",
			body: "var s [2]any\n\tvar t struct{ v any }\n\ts[0], t.v = t.v, nil\n\t_ = s",
			want: []string{"{ var _v3 any = /*line :14:14*/t.v; var _v4 any = /*line :14:19*/nil; /*line :14:2*/s[0] = _v3; /*line :14:8*/t.v = _v4 }/*line :14:22*/"},
			not:  []string{"func() ("},
		},
		{
			name: "a short declaration that assigns nil to a variable of type any",
			body: "var a any\n\ta, k := nil, 5\n\t_, _ = a, k",
			want: []string{"a, k := func() (any, int) { return /*line :13:10*/nil, 5 }()/*line :13:16*/"},
		},
		{
			name: "nil to any",
			body: "var n int\n\tvar a any\n\tn, a = 1, nil\n\t_, _ = n, a",
			want: []string{"n, a = func() (int, any) { return /*line :14:9*/1, nil }()/*line :14:15*/"},
		},
		{
			name: "an interface to any, and a value of the script's type with methods",
			body: "var a, b any\n\tvar s fmt.Stringer\n\ta, b = b, a\n\ts, a = T{}, 2\n\t_ = s",
			want: []string{"a, b = func() (any, any) { return /*line :14:9*/b, a }()/*line :14:13*/", "s, a = func() (fmt.Stringer, any) { return /*line :15:9*/"},
		},
		{
			name: "values of their variables' own types, a define of new variables, a map's element or a call with an index on the left (which evalorder takes), a recover",
			body: "var a any\n\tvar n int\n\tn, a = 1, 2\n\tx, y := T{}, error(nil)\n\tm := map[int]any{}\n\tm[0], n = nil, 3\n\ts := []any{1}\n\ts[0], n = a, len(m)\n\tn, a = 4, recover()\n\t_, _, _, _ = x, y, a, n",
			not:  []string{"func() ("},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\ntype T struct{}\n\nfunc (T) String() string { return \"T\" }\n\nvar _ fmt.Stringer\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// BenchmarkTupleIface measures what the pass's forms cost an assignment
// of several values in a loop: a nil converted to error (k, err = i, nil),
// and the call of a literal (k, a = i, nil, a of type any), beside the
// same values assigned one by one, which the interpreter runs as written.
func BenchmarkTupleIface(b *testing.B) {
	const loop = "package main\n\nfunc Loop(n int) {\n\tvar k int\n\tvar err error\n\tvar a any\n\tfor i := 0; i < n; i++ {\n\t\t%s\n\t}\n\t_, _, _ = k, err, a\n}\n"
	typed := string(applied(b, fmt.Sprintf(loop, "k, err = i, nil")))
	called := string(applied(b, fmt.Sprintf(loop, "k, a = i, nil")))
	if !strings.Contains(typed, "(error)(") || !strings.Contains(called, "func() (int, any)") {
		b.Fatalf("the assignments are not lifted:\n%s\n%s", typed, called)
	}
	for _, v := range []struct{ name, src string }{{"one-by-one", fmt.Sprintf(loop, "k = i; err = nil")}, {"typed-nil", typed}, {"literal", called}} {
		b.Run(v.name, func(b *testing.B) {
			fn, err := interpreter(b, v.src).Eval("main.Loop")
			if err != nil {
				b.Fatal(err)
			}
			run := fn.Interface().(func(int))
			b.ReportAllocs()
			b.ResetTimer()
			run(b.N)
		})
	}
}

// TestTupleIfaceMapElement checks that a map's element of an interface
// type beside another value of one call is assigned on its own, after the
// call, where the interpreter left a nil out of the map.
func TestTupleIfaceMapElement(t *testing.T) {
	src := "package main\n\nfunc pair() (error, int) { return nil, 1 }\n\nfunc main() {\n\tm := map[string]error{}\n\tvar n int\n\tm[\"a\"], n = pair()\n\t_ = n\n}\n"
	liftHolds(t, src, []string{`{ _v1, _v2 := /*line :8:14*/pair(); /*line :8:2*/m["a"] = _v1; /*line :8:10*/n = _v2 }/*line :8:20*/`}, nil)
}
