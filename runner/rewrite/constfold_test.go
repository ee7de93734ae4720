package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("constfold_exact", "constant-exact"),
		fromCorpus("constfold_complex", "constant-complex"),
		fromCorpus("constfold_iota", "constant-iota"),
	)
}

// TestConstFoldEdits checks which constant expressions become literals,
// of which type, and that the columns after them are kept. The
// expressions are handed to a function of the file's own, display, which
// no other pass edits (println is lifted by pass printbuiltin).
func TestConstFoldEdits(t *testing.T) {
	for _, tc := range []struct {
		name, decls, body string
		want, not         []string
	}{
		{"an overflowing intermediate", "", `display(-math.MinInt64 == math.MinInt64)`,
			[]string{`display(false/*line :8:54*/)`}, nil},
		{"an exact float", "", `display(1e300 * 1e300 / 1e300)`,
			[]string{`display(1e+300/*line :8:44*/)`}, nil},
		{"an untyped float that is whole", "", `x := 6.0 / 2; display(x)`,
			[]string{`x := 3.0/*line :8:27*/;`}, nil},
		{"a big shift", "const big = 1 << 100\n", `display(big >> 98)`,
			[]string{`display(4/*line :8:32*/)`, `const big = 1 << 100`}, nil},
		{"a typed constant", "", `var d time.Duration = 3 * time.Second; display(d)`,
			[]string{`var d time.Duration = time.Duration(3000000000)/*line :8:52*/;`}, nil},
		{"a typed float32", "", `display(float32(1) / 3)`,
			[]string{`display(float32(0.33333334)/*line :8:37*/)`}, nil},
		{"a negative int", "", `display(-7 / 2)`,
			[]string{`display(int(-3)/*line :8:29*/)`}, nil},
		{"a rune", "", `const r = 'a' + 1; display(r)`,
			[]string{`const r = 'b'/*line :8:32*/;`}, nil},
		{"a complex", "", `display(complex(1, 2) * complex(3, 4))`,
			[]string{`display((-5.0 + 10.0i)/*line :8:52*/)`}, nil},
		{"a string built with +", "", `display(len("ab" + "cd"), "ab" + "cd")`,
			[]string{`display(4/*line :8:39*/, "abcd"/*line :8:52*/)`}, nil},
		{"an array length and a case", "", `var a [1 << 3]int; switch len(a) { case 2 * 4: display("eight") }`,
			[]string{`var a [8/*line :8:28*/]int`, `case 8/*line :8:60*/:`}, nil},
		{"a literal and a constant's name", "const k = 3\n", `display(k, 5, math.Pi)`,
			nil, []string{"/*line"}},
		{"len of an array variable", "", `var a [4]int; display(len(a) * 2)`,
			nil, []string{"/*line"}},
		{"min and max, left to pass minmax", "", `display(max(2, 3) * 2)`,
			nil, []string{"max(2, 3) * 2"}},
		{"only the outermost expression", "", `display((1 << 70) >> 68 + 1)`,
			[]string{`display(5/*line :8:42*/)`}, []string{"1 << 70"}},
		{"a shadowed type", "", `const k int8 = 3; { int8 := 0; display(k * 2, int8) }`,
			[]string{`display(k * 2, int8)`}, nil},
		{"a typed const spec repeated", "type Weekday int\n\nconst (\n\tSun Weekday = iota * 2\n\tMon\n\tTue\n)\n", `display(Sun, Mon, Tue)`,
			[]string{"\tSun Weekday = 0/*line :12:24*/\n", "\tMon Weekday = 2/*line :13:5*/\n", "\tTue Weekday = 4/*line :14:5*/\n"}, nil},
		{"an untyped const spec repeated", "const (\n\tKB = 1 << (10 * (iota + 1))\n\tMB\n\tGB, TB = iota, iota\n)\n", `display(KB, MB, GB, TB)`,
			[]string{"\tKB = 1024/*line :10:29*/\n", "\tMB = 1048576/*line :11:4*/\n", "\tGB, TB = iota, iota\n"}, nil},
		{"a const spec of typed expressions repeated", "type Weekday int\n\nconst (\n\tSun = Weekday(iota + 1)\n\tMon\n)\n", `display(Sun, Mon)`,
			[]string{"\tSun = Weekday(1)/*line :12:25*/\n", "\tMon = Weekday(2)/*line :13:5*/\n"}, nil},
		{"an expression over two lines", "const (\n\tA = 1 +\n\t\t2\n\tB\n)\n", "display(A, B, 1 +\n\t2)",
			[]string{"display(A, B, (\n\t3)/*line :9:3*/)", "\tA = (\n\t\t3)/*line :12:4*/\n\tB = 3/*line :13:3*/\n"}, nil},
		{"an expression over three lines, returned", "func f() int {\n\treturn 1 +\n\t\t2 *\n\n\t\t3\n}\n", "display(f())",
			[]string{"\treturn (\n\t\t/**/\n\n\t\t7)/*line :13:4*/\n"}, nil},
		{"an untyped constant beyond int64, named", "const big = 1 << 100\n", "var f float64 = big; display(f, math.MaxInt64)",
			[]string{"var f float64 = 1.2676506002282294e+30/*line :8:34*/;", "display(f, math.MaxInt64)", "const big = 1 << 100"}, nil},
		{"a const spec with iota alone", "const (\n\tA = iota\n\tB\n)\n", `display(A, B)`,
			nil, []string{"/*line"}},
		{"iota alone after a spec of two constants", "const (\n\tA, B = 1, 2\n\tC = iota\n\tD, E = \"e\", iota\n)\n", `display(A, B, C, D, E)`,
			[]string{"\tA, B = 1, 2\n", "\tC = 1/*line :11:10*/\n", "\tD, E = \"e\", 2/*line :12:18*/\n"}, nil},
		{"iota alone after a spec that names a later constant", "const (\n\tA = iota\n\tB = Later\n\tC = iota\n\tD\n)\n\nconst Later = 5\n", `display(A, B, C, D)`,
			[]string{"\tA = 0/*line :10:10*/\n", "\tB = Later\n", "\tC = 2/*line :12:10*/\n", "\tD = 3/*line :13:3*/\n"}, nil},
		{"iota alone in the block after one that names a later constant", "const (\n\tA = iota\n\tB = Later\n)\n\nconst (\n\tX = iota\n\tY\n)\n\nconst Later = 5\n", `display(A, B, X, Y)`,
			[]string{"\tX = 0/*line :15:10*/\n", "\tY = 1/*line :16:3*/\n"}, nil},
		{"a spec of two constants repeated", "const (\n\tA, B = iota, iota\n\tC, D\n)\n", `display(A, B, C, D)`,
			[]string{"\tA, B = iota, iota\n", "\tC, D = 1, 1/*line :11:6*/\n"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"math\"\n\t\"time\"\n)\n\nfunc main() { " + tc.body + "; _ = math.Pi; _ = time.Second }\n" + tc.decls + "\nfunc display(v ...any) {}\n"
			liftHolds(t, src, tc.want, tc.not)
		})
	}
}

// TestConstFoldUnsafe checks that unsafe's Sizeof, Alignof and Offsetof
// are folded though they name a variable, which Go never evaluates there.
func TestConstFoldUnsafe(t *testing.T) {
	src := "package main\n\nimport \"unsafe\"\n\nfunc main() {\n\tvar rec struct {\n\t\tkind uint8\n\t\tid   uint64\n\t}\n\tdisplay(unsafe.Sizeof(rec), unsafe.Alignof(rec.kind), unsafe.Offsetof(rec.id))\n}\n\nfunc display(v ...any) {}\n"
	liftHolds(t, src, []string{"uintptr(16)/*line :10:28*/", "uintptr(1)/*line :10:54*/", "uintptr(8)/*line :10:79*/"}, []string{"unsafe.Sizeof", "unsafe.Offsetof"})
}
