package rewrite_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("bounds_recover_index_here", "recover-index-here"),
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
		ast.Inspect(f.Decls[1], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name != "_" && fset.Position(id.Pos()).Line >= 7 {
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
		})
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
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("positions in the rewritten source:\n%v\nwant\n%v\n%s", got, want, out)
	}
}
