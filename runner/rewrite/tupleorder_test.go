package rewrite_test

import (
	"fmt"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("tupleorder_map", "tuple-map-element"),
		fromCorpus("tupleorder_order", "tuple-element-order"),
	)
}

// TestTupleOrderWhere checks how an assignment of several values whose
// left side is more than variables, one of an interface type or a map's
// element, is written: its values evaluated first, then assigned one by
// one, the operands that an earlier assignment may change held first,
// in a function literal where no statement can go before it.
func TestTupleOrderWhere(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{
			name: "nil to a map's element beside a value",
			body: "m[k], n = nil, 3",
			want: []string{"{ var _v2 any = /*line :16:12*/nil; var _v3 int = /*line :16:17*/3; /*line :16:2*/m[k] = _v2; /*line :16:8*/n = _v3 }/*line :16:18*/"},
		},
		{
			name: "a receive into a map's element",
			body: "m[k], ok = <-ch",
			want: []string{"{ _v2, _v3 := /*line :16:13*/<-ch; /*line :16:2*/m[k] = _v2; /*line :16:8*/ok = _v3 }/*line :16:17*/"},
		},
		{
			name: "an index of a map of int, its ok to a named bool",
			body: "mi[k], f = mi[\"x\"]",
			want: []string{"{ _v3, _v4 := /*line :16:13*/_ok2(mi, \"x\"); /*line :16:2*/mi[k] = _v3; /*line :16:9*/f = flag(_v4) }/*line :16:20*/"},
		},
		{
			name: "an index that the first assignment changes",
			body: "i, s[i] = 2, g()",
			want: []string{"{ var _v2 int = /*line :16:12*/2; var _v3 any = /*line :16:15*/(/*line :16:15*/g())/*line :16:18*/; _o4 := /*line :16:5*/s; _o5 := /*line :16:7*/i; /*line :16:2*/i = _v2; /*line :16:5*//*line :16:5*/_o4/*line :16:6*/[/*line :16:7*/_o5/*line :16:8*/] = _v3 }/*line :16:18*/"},
		},
		{
			name: "two map elements, neither changing the other's operands",
			body: "m[\"a\"], m[k] = g(), nil",
			want: []string{"/*line :16:2*/m[\"a\"] = _v2; /*line :16:10*/m[k] = _v3 }"},
			not:  []string{"_o"},
		},
		{
			name: "an element of an interface type declared in the function",
			body: "type loc interface{}\n\tls := make([]loc, 1)\n\tls[0], n = nil, 3",
			want: []string{"{ var _v2 loc = /*line :18:13*/nil; var _v3 int = /*line :18:18*/3; /*line :18:2*/ls[0] = _v2; /*line :18:9*/n = _v3 }/*line :18:19*/"},
		},
		{
			name: "values over two lines",
			body: "m[\"a\"], n = g(),\n\t\t3",
			want: []string{"{ var _v2 any = /*line :16:14*/(/*line :16:14*/g())/*line :16:17*/; var _v3 int = \n\t\t/*line :17:3*/3; /*line :16:2*/m[\"a\"] = _v2; /*line :16:10*/n = _v3 }/*line :17:4*/\n"},
		},
		{
			name: "a for statement's post",
			body: "for i := 0; i < 2; s[i], i = g(), i+1 {\n\t}",
			want: []string{"for i := 0; i < 2; func() { var _v2 any = /*line :16:31*/(/*line :16:31*/g())/*line :16:34*/; var _v3 int = /*line :16:36*/i+1; /*line :16:21*/s[i] = _v2; /*line :16:27*/i = _v3 }()/*line :16:39*/ {"},
		},
		{
			name: "an if statement's init, of one value",
			body: "if s[0] = g(); ok {\n\t}",
			want: []string{"if func() { var _v2 any = /*line :16:12*/g(); /*line :16:5*/s[0] = _v2 }()/*line :16:15*/; ok {"},
		},
		{
			name: "a select's case",
			body: "select {\n\tcase m[k], ok = <-ch:\n\t}",
			want: []string{"case _v2, _v3 := /*line :17:18*/<-ch: /*line :17:7*/m[k] = _v2; /*line :17:13*/ok = _v3;/*line :17:23*/"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\ntype flag bool\n\nfunc g() any { return 1 }\n\nfunc main() {\n\tm := map[string]any{}\n\tmi := map[string]int{}\n\ts := []any{1, 2}\n\tch := make(chan any)\n\tvar n, i int\n\tvar ok bool\n\tvar f flag\n\tk := \"k\"\n\t" + tt.body + "\n\t_, _, _, _, _, _, _, _, _ = m, mi, s, n, i, ok, f, ch, k\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestTupleOrderRefuses checks that such an assignment in a for
// statement's post whose right side calls recover is refused, with what
// to write.
func TestTupleOrderRefuses(t *testing.T) {
	refuses(t, "package main\n\nfunc main() {\n\ts := []any{1, 2}\n\tfor i := 0; i < 2; s[i], i = recover(), i+1 {\n\t}\n}\n", "main.go:5:21: the interpreter cannot assign these values at once as Go does, and socklab cannot assign them one by one here, as no statement can go before it and the right side calls recover: assign each value in a statement of its own")
}

// BenchmarkTupleOrder measures what assigning the values one by one costs
// an assignment of several values with a map's element on the left, in a
// loop: nil and an int (m[i&7], k = nil, i), and a receive with its ok
// (m[i&7], ok = <-ch), beside the same written one by one by hand.
func BenchmarkTupleOrder(b *testing.B) {
	const loop = "package main\n\nfunc Loop(n int) {\n\tm := map[int]any{}\n\tch := make(chan any, 1)\n\tvar k int\n\tvar ok bool\n\tfor i := 0; i < n; i++ {\n\t\t%s\n\t}\n\t_, _, _ = k, ok, ch\n}\n"
	ordered := string(applied(b, fmt.Sprintf(loop, "m[i&7], k = nil, i")))
	received := string(applied(b, fmt.Sprintf(loop, "ch <- i; m[i&7], ok = <-ch")))
	if !strings.Contains(ordered, "m[i&7] = _v") || !strings.Contains(received, "m[i&7] = _v") {
		b.Fatalf("the assignments are not lifted:\n%s\n%s", ordered, received)
	}
	for _, v := range []struct{ name, src string }{
		{"nil-by-hand", fmt.Sprintf(loop, "m[i&7] = nil; k = i")},
		{"nil-ordered", ordered},
		{"receive-by-hand", fmt.Sprintf(loop, "ch <- i; v, o := <-ch; m[i&7] = v; ok = o")},
		{"receive-ordered", received},
	} {
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
