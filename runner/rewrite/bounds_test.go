package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("bounds_recover_index_here", "recover-index-here"),
		program{"bounds_of_operands_calls_return", `package main

import (
	"fmt"
	"strings"
)

type table struct{ rows [][]string }

func (t *table) row(i int) []string { return t.rows[i] }

func fields(line string) []string { fmt.Println("split", line); return strings.Fields(line) }

func command(t *table, line string, i int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%q: %v", line, r)
		}
	}()
	cmd := fields(line)[0]
	arg := fields(line)[1:][0]
	fmt.Println(t.row(i)[1])
	up := strings.ToUpper(line)[:len(cmd)+i]
	return up + " " + arg + " " + t.row(i)[0], nil
}

func main() {
	t := &table{rows: [][]string{{"a", "b"}, {"c"}}}
	fmt.Println(command(t, "get x", 0))
	fmt.Println(command(t, "get", 0))
	fmt.Println(command(t, "", 0))
	fmt.Println(command(t, "put y", 1))
	fmt.Println(command(t, "put y", 0))
}
`},
		program{"bounds_in_the_recovering_function", `package main

import (
	"fmt"
	"runtime"
	"strings"
)

type packet struct {
	data []byte
	hdr  [4]byte
}

var tables = map[string][]int{"a": {1, 2}}

func words(line string) []string { return strings.Fields(line) }

func next(tag string, v int) int { fmt.Println("eval", tag); return v }

func get(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			_, rt := r.(runtime.Error)
			err = fmt.Errorf("get %d: %v (%T, runtime.Error %v)", i, r, r, rt)
		}
	}()
	return s[i], nil
}

func field(p *packet, i int, u uint, b byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	_ = p.data[i] + p.hdr[b] + p.data[u]
	return nil
}

func parse(line string, n int) (w string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	parts := words(line)
	return parts[n] + line[:strings.Index(line, ":")] + fmt.Sprint(tables["a"][n]), nil
}

func cut(s string, b []byte, n int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var arr [5]int
	_ = arr[n:]
	out = s[n:] + s[:n] + string(b[1:n:n+1]) + string(b[next("lo", n):n])
	return out, nil
}

func assign(s []int, i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v, s = %v", r, s)
		}
	}()
	s[0] = 7
	v := next("right", 9)
	s[i] = v
	s[i] += 1
	s[i]++
	s[0], s[i] = s[i], s[0]
	return nil
}

func main() {
	fmt.Println(get([]int{1, 2}, 1))
	fmt.Println(get([]int{1, 2}, 5))
	fmt.Println(get(nil, -1))
	p := &packet{data: []byte{1, 2}}
	fmt.Println(field(p, 1, 0, 3))
	fmt.Println(field(p, 2, 0, 0))
	fmt.Println(field(p, 0, 1<<63, 0))
	fmt.Println(field(p, 0, 0, 9))
	fmt.Println(parse("a: b", 1))
	fmt.Println(parse("a: b", 2))
	fmt.Println(parse("ab", 0))
	fmt.Println(parse("a: b", 1))
	fmt.Println(cut("hello", []byte("hello"), 2))
	fmt.Println(cut("hello", []byte("hello"), 6))
	fmt.Println(cut("hello", []byte("hello"), 4))
	fmt.Println(cut("hello", []byte("hello"), -1))
	fmt.Println(assign([]int{1, 2}, 1))
	fmt.Println(assign([]int{1, 2}, 2))
}
`},
	)
}

// TestBoundsKeepsColumns checks that every identifier of a rewritten
// function keeps the line and column it has in the source as written, as
// the interpreter's reports and the marks name them.
func TestBoundsKeepsColumns(t *testing.T) {
	src := "package main\n\nimport \"strings\"\n\nfunc f(s []string, b []byte, i int) (w string) {\n\tdefer func() { recover() }()\n\tw = s[i] + strings.Fields(w)[0][:i] + string(b[i:][1:i]); b[i] = b[i+1]\n\treturn w + s[len(s)-i]\n}\n\nfunc main() { f(nil, nil, 0) }\n"
	out := lift(t, "main.go", src)
	if !strings.Contains(string(out), "_slCheck.") {
		t.Fatalf("no check:\n%s", out)
	}
	idents := func(src []byte, f *ast.File, fset *token.FileSet) []string {
		var got []string
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && strings.HasPrefix(vs.Names[0].Name, "_v") {
				for _, v := range vs.Values { // a temporary of pass evalorder: its name and type are not the script's
					ast.Inspect(v, visit)
				}
				return false
			}
			if id, ok := n.(*ast.Ident); ok && id.Name != "_" && !strings.HasPrefix(id.Name, "_v") && fset.Position(id.Pos()).Line >= 7 {
				got = append(got, id.Name+"@"+fset.Position(id.Pos()).String())
			}
			if c, ok := n.(*ast.CallExpr); ok {
				if sel, ok := c.Fun.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "_slCheck" {
						ast.Inspect(c.Args[0], func(n ast.Node) bool {
							if id, ok := n.(*ast.Ident); ok && id.Name != "int" {
								got = append(got, id.Name+"@"+fset.Position(id.Pos()).String())
							}
							return true
						})
						return false // the copies are not the script's
					}
				}
			}
			return true
		}
		ast.Inspect(f.Decls[1], visit)
		return got
	}
	parse := func(src []byte) ([]string, error) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "f" {
				f.Decls = []ast.Decl{nil, fd}
				break
			}
		}
		return idents(src, f, fset), nil
	}
	want, err := parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got, err := parse(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Pass evalorder moves an element assigned to after the right-hand
	// side: compare the positions in order of the source as written.
	slices.Sort(got)
	slices.Sort(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("positions in the rewritten source:\n%v\nwant\n%v\n%s", got, want, out)
	}
}

// TestBoundsWhereRecoverSees checks which functions get checks: those a
// recover can see the panics of (it recovers them itself, or a function
// that recovers calls it, or may call it back), and no other.
func TestBoundsWhereRecoverSees(t *testing.T) {
	const helpers = "var table = map[string][]int{\"a\": {1}}\n\n"
	tests := []struct {
		name, src       string
		checked, unseen []string
	}{
		{"no recover", helpers + "func main() { i := 0; _ = table[\"a\"][i] }\n", nil, []string{"main"}},
		{"a handler on a goroutine of its own", helpers + `func handle(i int) {
	defer func() { recover() }()
	_ = table["a"][i]
	lookup(i)
}

func lookup(i int) int { return table["a"][i] }

func main() {
	go handle(0)
	for i := 0; i < 3; i++ {
		_ = table["a"][i]
	}
}
`, []string{"handle", "lookup"}, []string{"main"}},
		{"a function handed to the library", helpers + `func sorted(keys []string, i int) {
	defer func() { recover() }()
	sort.Slice(keys, less)
}

func less(i, j int) bool { return table["a"][i] < table["a"][j] }

func main() { sorted(nil, 0) }
`, []string{"less"}, []string{"main"}},
		{"a method called through a deferred call", helpers + `type guard struct{}

func (guard) catch() { recover() }

func get(i int) int {
	defer guard{}.catch()
	s := table["a"]
	return s[i]
}

func main() { get(0) }
`, []string{"get"}, []string{"main"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"sort\"\n\nvar _ = sort.Ints\n\n" + tt.src
			out := string(lift(t, "main.go", src))
			body := func(name string) string {
				at := strings.Index(out, "\nfunc "+name+"(")
				if at < 0 {
					t.Fatalf("no func %s in\n%s", name, out)
				}
				rest := out[at+1:]
				if end := strings.Index(rest, "\nfunc "); end >= 0 {
					rest = rest[:end]
				}
				return rest
			}
			for _, name := range tt.checked {
				if !strings.Contains(body(name), "_slCheck.") {
					t.Errorf("%s has no check:\n%s", name, out)
				}
			}
			for _, name := range tt.unseen {
				if strings.Contains(body(name), "_slCheck.") {
					t.Errorf("%s, which no recover sees, has checks:\n%s", name, out)
				}
			}
		})
	}
}

// TestBoundsOfAFoldedConstant: a bound that pass constfold replaces by
// its value (len of a constant string) is checked with that value in
// place, where the check was refused before.
func TestBoundsOfAFoldedConstant(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nconst prefix = \"registered at \"\n\nfunc cut(s string) (out string, err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"%v\", r)\n\t\t}\n\t}()\n\treturn s[len(prefix):], nil\n}\n\nfunc main() { fmt.Println(cut(\"short\")) }\n"
	liftHolds(t, src, []string{"_slCheck.SliceFrom(/*line :13:11*/14/*line :13:22*/, len(s))"}, []string{"len(prefix)"})
}

func init() {
	programs = append(programs, program{"bounds_of_a_folded_constant", `package main

import "fmt"

const prefix = "registered at "

func cut(s string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cut %q: %v", s, r)
		}
	}()
	return s[len(prefix):], nil
}

func head(b []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("head: %v", r)
		}
	}()
	return b[:len(prefix)-4], nil
}

func main() {
	fmt.Println(cut("registered at main.go:3"))
	fmt.Println(cut("short"))
	fmt.Println(head(make([]byte, 12)))
	fmt.Println(head(make([]byte, 4)))
}
`})
}

// TestBoundsWhereLibraryRecovers: in a package that calls no recover,
// the index and slice expressions of the methods fmt calls (String,
// Error, GoString, Format), whose panics fmt recovers and prints, and of
// the functions of a template's FuncMap, are checked; those of other
// functions are not.
func TestBoundsWhereLibraryRecovers(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype Level int\n\nfunc (l Level) String() string { return []string{\"low\", \"high\"}[l] }\n\nfunc (l Level) Name() string { return []string{\"lo\", \"hi\"}[l] }\n\ntype Line struct{ text string }\n\nfunc (l Line) Error() string { return strings.Fields(l.text)[1] }\n\nfunc (l Line) Format(f fmt.State, verb rune) { fmt.Fprint(f, strings.Fields(l.text)[2]) }\n\nfunc main() {\n\tfmt.Println(Level(5), Line{\"a\"}, Level(1).Name(), strings.Fields(\"x\")[0])\n}\n"
	liftHolds(t, src, []string{"_x8/*line :10:64*/[_slCheck.Index(", "_x7/*line :16:61*/[_slCheck.Index(", "_x6/*line :18:84*/[_slCheck.Index("}, []string{"\"hi\"}[_slCheck.", "_x9", "(\"x\")[_slCheck"})
}

func TestBoundsOfTemplateFuncs(t *testing.T) {
	src := "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc last(xs []int) int { return xs[len(xs)-1] }\n\nfunc first(xs []int) int { return xs[0] }\n\nfunc main() {\n\tfm := template.FuncMap{\"nth\": func(xs []int, i int) int { return xs[i] }, \"last\": last}\n\tt := template.Must(template.New(\"t\").Funcs(fm).Parse(\"{{nth . 3}}{{last .}}\"))\n\t_ = t.Execute(os.Stdout, []int{first([]int{1})})\n}\n"
	liftHolds(t, src, []string{"xs[_slCheck.Index(", "xs[_slCheck.Index(/*line :8:37*/len(xs)-1", "xs[_slCheck.Index(/*line :13:70*/i"}, []string{"return xs[_slCheck.Index(/*line :10:"})
	src = "package main\n\nimport (\n\t\"html/template\"\n\t\"os\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Funcs(map[string]any{\"at\": func(s string, i int) byte { return s[i] }}).Parse(\"{{at . 9}}\"))\n\t_ = t.Execute(os.Stdout, \"short\")\n\tm := map[string]any{\"k\": func(s []int) int { return s[1] }}\n\t_ = m\n}\n"
	liftHolds(t, src, []string{"s[_slCheck.Index(/*line :9:"}, []string{"s[_slCheck.Index(/*line :11:"})
}

// TestBoundsOfLoggedHandlers: in a package that sets an http.Server's
// ErrorLog, which logs a handler's panic, the index expressions of its
// handlers (a function literal and a method ServeHTTP) and of the
// functions they call are checked, and those of a function only main
// calls are not; without an ErrorLog, none is.
func TestBoundsOfLoggedHandlers(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n)\n\ntype api struct{ names []string }\n\nfunc (a api) ServeHTTP(w http.ResponseWriter, r *http.Request) { w.Write([]byte(a.names[at(len(r.URL.Path))])) }\n\nfunc pick(xs []int, i int) int { return xs[i] }\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tmux.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) { var xs []int; i := 3; _ = xs[i] })\n\tmux.Handle(\"/a\", api{})\n\t_ = pick([]int{1}, 0)\n\t"
	const at = "\nfunc at(n int) int { return []int{0, 1}[n] }\n"
	src := decls + "srv := &http.Server{Handler: mux, ErrorLog: log.New(os.Stdout, \"\", 0)}\n\t_ = srv\n}\n" + at
	liftHolds(t, src, []string{"names[_slCheck.Index(", "xs[_slCheck.Index(/*line :17:", "[_slCheck.Index(/*line :24:"}, []string{"xs[_slCheck.Index(/*line :13:"})
	src = decls + "srv := &http.Server{Handler: mux}\n\tsrv.ErrorLog = log.New(os.Stderr, \"\", 0)\n}\n" + at
	liftHolds(t, src, []string{"names[_slCheck.Index("}, nil)
	src = decls + "srv := &http.Server{Handler: mux}\n\t_, _, _ = srv, log.Default(), os.Stdout\n}\n" + at
	liftHolds(t, src, nil, []string{"_slCheck"})
}
