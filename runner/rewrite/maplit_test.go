package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("maplit_order", "map-literal-order"))
}

// mapLitSrc is a program with body in main, on line 13, where x, s and ch
// are variables and f and g functions that call.
func mapLitSrc(body string) string {
	return "package main\n\ntype P struct{ X, Y int }\n\ntype M map[string]int\n\nfunc f() int { return 1 }\n\nfunc g() int { return 2 }\n\nfunc main() {\n\tx, ch, s := 1, make(chan int), []int{1}\n\t" + body + "\n\t_, _, _ = x, ch, s\n}\n"
}

// TestMapLitRewrites checks which map literals the pass writes as a
// function literal that builds the map entry by entry, with the columns
// of their entries kept, and which it leaves as they are.
func TestMapLitRewrites(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{`_ = map[string]int{"a": x, "b": f()}`,
			`_ = func() /*line :13:6*/map[string]int{ _m1 := make(map[string]int, 2); _m1[/*line :13:21*/"a"] = /*line :13:26*/x; _m1[/*line :13:29*/"b"] = /*line :13:34*/f(); return _m1 }()/*line :13:38*/`},
		{`_ = M{"a": x, "b": f()}`, `_ = func() /*line :13:6*/M{ _m1 := make(M, 2); _m1[`},
		{`_ = map[int]int{s[0]: <-ch, 2: 3}`, `var _v5 int =  /*line :13:24*/<-ch; _m2[/*line :13:18*/s[0]] = _v5; _m1[/*line :13:30*/2] = /*line :13:33*/3;`},
		// One entry: gc reads a key that mapassign takes by value, or an
		// addressable one, after the value; any other before it.
		{`_ = map[int]int{s[0]: f()}`, `_ = func() /*line :13:6*/map[int]int{ _m1 := make(map[int]int, 1); var _v2 int =  /*line :13:24*/f(); _m1[/*line :13:18*/s[0]] = _v2; return _m1 }()/*line :13:28*/`},
		{`_ = map[int]int{-x: f()}`, `var _v2 int =  /*line :13:22*/f(); _m1[/*line :13:18*/-x] = _v2;`},
		{`_ = map[int]int{s[g()]: f()}`, `_o3 := /*line :13:20*/g(); var _v2 int =  /*line :13:26*/f(); _m1[/*line :13:18*/s[/*line :13:20*/_o3/*line :13:23*/]] = _v2;`},
		{`_ = map[P]int{{x, 0}: f()}`, `var _k2 P = P/*line :13:16*/{x, 0}; var _v3 int =  /*line :13:24*/f(); _m1[_k2] = _v3;`},
		{`_ = map[float64]int{float64(x): f()}`, `var _k2 float64 = /*line :13:22*/float64(x); var _v3 int =  /*line :13:34*/f(); _m1[_k2] = _v3;`},
		{`_ = map[int]int{x: f()}`, `_ = map[int]int{x: f()}`},
		{`_ = map[int]int{g(): f()}`, `_ = map[int]int{g(): f()}`},
		{`_ = map[int]int{-x: 1}`, `_ = map[int]int{-x: 1}`},
		// gc stores the entries of constants first.
		{`_ = map[int]int{x: 1, 2: 3}`, `_ = func() /*line :13:6*/map[int]int{ _m1, _m2 := make(map[int]int, 2), make(map[int]int); _m2[/*line :13:18*/x] = /*line :13:21*/1; _m1[/*line :13:24*/2] = /*line :13:27*/3; for _k3, _v4 := range _m2 { _m1[_k3] = _v4 }; return _m1 }()/*line :13:29*/`},
		{`_ = map[P]int{{x, 0}: 1, {1, 0}: 2}`, `_m2[P/*line :13:16*/{x, 0}] = /*line :13:24*/1; _m1[P/*line :13:27*/{1, 0}] = /*line :13:35*/2;`},
		{`_ = map[int]int{2: 3, x: 1}`, `_ = map[int]int{2: 3, x: 1}`},
		{`_ = map[int]any{x: 1, 2: 3}`, `_ = map[int]any{x: 1, 2: 3}`},
		{`_ = map[string]int{"a": x, "b": 2}`, `_ = map[string]int{"a": x, "b": 2}`},
		{`_ = map[string]int{"a": x, "b": <-ch}`, `_m1[/*line :13:29*/"b"] = /*line :13:34*/<-ch;`},
		{`_ = map[string][]int{"a": {x, f()}}`, `_ = map[string][]int{"a": {x, f()}}`},
		{`_ = map[string][]int{"a": {x}, "b": {f()}}`, `_m1[/*line :13:33*/"b"] = []int/*line :13:38*/{f()}`},
		{`_ = map[P]*P{{x, 0}: {}, {f(), 0}: nil}`, `_m1[P/*line :13:15*/{x, 0}] = &P/*line :13:23*/{}; _m1[P/*line :13:27*/{f(), 0}] = /*line :13:37*/nil;`},
		{`_ = map[string]int{"a": 1, "b": f(), "c": x}`, `_ = map[string]int{"a": 1, "b": f(), "c": x}`},
		{`_ = map[string]func() int{"f": f, "g": g}`, `_ = map[string]func() int{"f": (func() int)(f)/*line :13:34*/, "g": (func() int)(g)/*line :13:42*/}`},
		{`_ = map[string]int{"a": x, "b": x + 1}`, `_ = map[string]int{"a": x, "b": x + 1}`},
		{`_ = map[string]int{"a": x, "b": len(s)}`, `_ = map[string]int{"a": x, "b": len(s)}`},
		// A type elided in a slice's or an array's literal is written out.
		{`_ = []map[string]int{{"a": x, "b": f()}}`, `_ = []map[string]int{func() map[string]int /*line :13:23*/{ _m1 := make(map[string]int, 2); _m1[`},
		{`_ = [1]M{{"a": x, "b": f()}}`, `_ = [1]M{func() M /*line :13:11*/{ _m1 := make(M, 2); _m1[`},
	} {
		t.Run(tt.body, func(t *testing.T) {
			out := string(lift(t, "main.go", mapLitSrc(tt.body)))
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
	src := "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tx := 1\n\tm := map[string]int{\n\t\t\"a\": x, // read first\n\t\t\"b\": f(),\n\t}\n\t_ = m\n}\n"
	out := string(lift(t, "main.go", src))
	for _, want := range []string{
		"\tm := func() /*line :7:7*/map[string]int{ _m1 := make(map[string]int, 2); \n",
		"\t\t_m1[/*line :8:3*/\"a\"] = /*line :8:8*/x; // read first\n",
		"\t\t_m1[/*line :9:3*/\"b\"] = /*line :9:8*/f();\n",
		"\t return _m1 }()/*line :10:3*/\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	keepsLines(t, src, out)
}

// TestMapLitRefuses lists map literals whose order the pass cannot keep
// by a function literal.
func TestMapLitRefuses(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"its type elided in another map's literal", `_ = map[string]M{"k": {"a": x, "b": f()}}`,
			"main.go:13:38: the interpreter would run this call of a map literal before it reads the entries written before it, unlike Go, and socklab cannot rewrite this literal, as its type is not written in it, inside another map's literal: write the literal's type before it (map[K]V{...}), or put the call's result in a variable of its own first (v := f()) and write v in the literal"},
		{"an entry that recovers", `defer func() { _ = map[string]any{"a": x, "r": recover()} }()`, "main.go:13:49: the interpreter would run this call of a map literal before it reads the entries written before it, unlike Go, and socklab cannot rewrite this literal, as an entry calls recover"},
		{"its address taken", `_ = &map[string]int{"a": x, "b": <-ch}`, "main.go:13:35: the interpreter would run this call of a map literal before it reads the entries written before it, unlike Go, and socklab cannot rewrite this literal, as its address is taken"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, mapLitSrc(tt.body), tt.want)
		})
	}
}

// BenchmarkMapLit measures what building a map literal entry by entry
// (pass maplit) costs a three-entry literal whose last entry calls, in the
// interpreter: as written (the interpreter's order, not Go's) and as the
// passes rewrite it.
func BenchmarkMapLit(b *testing.B) {
	const src = `package main

var sum int

func f(i int) int { return i + 1 }

func Loop(n int) {
	for i := 0; i < n; i++ {
		m := map[string]int{"a": i, "b": sum, "c": f(i)}
		sum += len(m)
	}
}
`
	out := string(applied(b, src))
	if !strings.Contains(out, "_m1") {
		b.Fatalf("the literal is not rewritten:\n%s", out)
	}
	benchLoop(b, src, out)
}

// TestMapLitPrinted: a literal that a printing call hands to lift.Show,
// whose call starts where the literal's type does, keeps the call around
// the function literal, not inside its make.
func TestMapLitPrinted(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype T struct{ N int }\n\nvar x = 1\n\nfunc f() T { return T{7} }\n\nfunc main() {\n\tfmt.Println(map[string]T{\"a\": {x}, \"b\": f()}, map[int]any{-x: f()})\n}\n"
	out := string(lift(t, "main.go", src))
	for _, want := range []string{"Show(func() /*line :12:48*/map[int]any{ _m", ":= make(map[string]T, 2);", ":= make(map[int]any, 1);"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
}
