package rewrite_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/refuse"
	"github.com/socklab/socklab/runner/rewrite"
)

func init() {
	programs = append(programs,
		fromCorpus("typednil-returned", "typed-nil"),
		fromCorpus("typednil-result", "typed-nil-result"),
		fromCorpus("typednil-field", "typed-nil-field"),
		fromCorpus("typednil-elements", "typed-nil-elements"),
		fromCorpus("typednil-conversion", "typed-nil-conversion"),
		fromCorpus("typednil-to-compiled", "nil-pointer-to-compiled"),
		program{"typednil-unwraps", `package main

import (
	"errors"
	"fmt"
	"io"
)

type Wrap struct{ err error }

func (w *Wrap) Error() string { return "wrap" }

func (w *Wrap) Unwrap() error {
	if w == nil {
		return io.EOF
	}
	return w.err
}

func (w *Wrap) Is(target error) bool { return target == io.ErrClosedPipe }

func get() error {
	var w *Wrap
	return w
}

func main() {
	err := get()
	fmt.Println(errors.Is(err, io.EOF), errors.Is(err, io.ErrClosedPipe), errors.Unwrap(err) == io.EOF)
	var w *Wrap
	fmt.Println(errors.As(err, &w), w == nil)
}
`},
		program{"typednil-no-import", `package main

import (
	"bufio"
	"fmt"
	"log"
)

// W discards what is written to a nil *W, in a file that never says io.
type W struct{ n int }

func (w *W) Write(b []byte) (int, error) {
	if w == nil {
		return len(b), nil
	}
	w.n += len(b)
	return len(b), nil
}

func main() {
	var w *W
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, "hello")
	fmt.Println(bw.Flush() == nil)
	log.New(w, "", 0).Println("x")
	fmt.Println("done")
}
`},
		program{"typednil-boxes", `package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string {
	if e == nil {
		return "nobody"
	}
	return e.Name + " not found"
}

type Counter struct{ n int }

func (c *Counter) Write(b []byte) (int, error) {
	if c != nil {
		c.n += len(b)
	}
	return len(b), nil
}

func (c *Counter) Count() int { return 0 }

func find(name string) *NotFound {
	if name == "ada" {
		return nil
	}
	return &NotFound{Name: name}
}

func lookup(name string) error { return find(name) }

func main() {
	err := lookup("ada")
	fmt.Println(err != nil, err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf == nil)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &nf))
	var c *Counter
	n, e := io.Copy(c, strings.NewReader("hello"))
	fmt.Println(n, e)
	ws := []io.Writer{c}
	fmt.Println(ws[0] != nil)
	fmt.Println(lookup("bob"))
}
`})
}

// TestTypedNilBoxes lists conversions of a pointer of a script's type that
// can be nil to an interface of Go's library, each converted through a
// function that boxes a nil pointer, and pointers that are never nil,
// converted as they are.
func TestTypedNilBoxes(t *testing.T) {
	const decl = "package main\n\nimport (\n\t\"errors\"\n\t\"io\"\n)\n\ntype E struct{}\n\nfunc (*E) Error() string { return \"e\" }\n\nfunc (*E) Write(b []byte) (int, error) { return len(b), nil }\n\nvar _, _ = errors.New, io.EOF\n\n"
	tests := []struct {
		name, body string
		want       []string // in the rewritten source
		not        string   // not in it
	}{
		{"a variable returned", "func f() error {\n\tvar p *E\n\treturn p\n}\n\nfunc main() { _ = f() }", []string{"return _ifc", "struct{ _tnil3 *E }", "func (_tnil3) socklabSelf() any { return _sl2.Self(\"*main.E\", (*E)(nil)) }", "{ if v == nil { return _tnil", "(*E)(nil).Error()", "(*E)(nil).Write(a0)", "*t = nil"}, ""},
		{"a conversion", "func main() { _ = error((*E)(nil)) }", []string{"error(_ifc", "((*E)(nil)))"}, ""},
		{"a library call's argument", "func main() {\n\tvar p *E\n\t_, _ = io.WriteString(p, \"x\")\n}", []string{"io.WriteString(_ifc", "(v *E) io.Writer { if v == nil"}, ""},
		{"an element", "func main() {\n\tvar p *E\n\t_ = []error{p}\n}", []string{"[]error{_ifc"}, ""},
		{"errors.Is", "func main() {\n\tm := map[string]*E{}\n\t_ = errors.Is(m[\"a\"], nil)\n}", []string{"_sl2.ErrorsIs/*line :18:15*/(_ifc"}, ""},
		{"never nil", "func main() {\n\tp := &E{}\n\tvar err error = p\n\t_ = err\n\t_ = error(new(E))\n}", nil, "_tnil"},
		{"tested against nil", "func main() {\n\tvar p *E\n\tif p != nil {\n\t\tvar err error = p\n\t\t_ = err\n\t}\n}", nil, "_tnil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var not []string
			if tt.not != "" {
				not = []string{tt.not}
			}
			liftHolds(t, decl+tt.body+"\n", tt.want, not)
		})
	}
}

// TestTypedNilBoxesTwoFiles checks that two files of a package, each
// boxing a nil pointer, declare boxes of names of their own.
func TestTypedNilBoxesTwoFiles(t *testing.T) {
	srcs := []string{
		"package errs\n\ntype A struct{}\n\nfunc (*A) Error() string { return \"a\" }\n\nfunc GetA() error {\n\tvar p *A\n\treturn p\n}\n",
		"package errs\n\ntype B struct{ n int }\n\nfunc (*B) Error() string { return \"b\" }\n\nfunc GetB() error {\n\tvar p *B\n\treturn p\n}\n",
	}
	var nameText []string
	for i, s := range srcs {
		nameText = append(nameText, fmt.Sprintf("f%d.go", i), s)
	}
	p := checkedFiles(t, "errs", nameText...)
	p.NilPointers = refuse.NilPointers(p.Fset, p.Files, p.Types, p.Info)
	out, err := rewrite.Apply(p)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]string{}
	for _, f := range p.Files {
		g, err := parser.ParseFile(token.NewFileSet(), "", out[f], 0)
		if err != nil {
			t.Fatalf("%v\n%s", err, out[f])
		}
		n := 0
		for _, d := range g.Decls {
			var name string
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					name = d.Name.Name
				}
			case *ast.GenDecl:
				if ts, ok := d.Specs[0].(*ast.TypeSpec); ok {
					name = ts.Name.Name
				}
			}
			if !strings.HasPrefix(name, "_") {
				continue
			}
			n++
			if other, dup := declared[name]; dup {
				t.Errorf("%s declared in both:\n%s\n%s", name, other, out[f])
			}
			declared[name] = string(out[f])
		}
		if n == 0 {
			t.Errorf("no box declared:\n%s", out[f])
		}
	}
}

// TestTypedNilBoxLibrary checks that a box whose methods name a package of
// Go's library the file does not import (time, in net.Conn's SetDeadline)
// imports it as a library package, whose table the interpreter is then
// given (Package.Library): imported as any other, the interpreter looked
// for its source and failed. fmt, whose State the box's Format method
// names, is one too.
func TestTypedNilBoxLibrary(t *testing.T) {
	const conn = "type fake struct{ net.Conn }\n\nfunc pick() net.Conn {\n\tvar p *fake\n\treturn p\n}\n\nfunc main() { _ = pick() }\n"
	tests := []struct {
		name, imports string
		library       []string
	}{
		{"time not imported", "import \"net\"\n\n", []string{"time", "fmt"}},
		{"time imported", "import (\n\t\"net\"\n\t\"time\"\n)\n\nvar _ = time.Second\n\n", []string{"fmt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := pkg(t, "package main\n\n"+tt.imports+conn)
			p.NilPointers = refuse.NilPointers(p.Fset, p.Files, p.Types, p.Info)
			out, err := rewrite.Apply(p)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(p.Library) != fmt.Sprint(tt.library) {
				t.Errorf("Library = %v, want %v\n%s", p.Library, tt.library, out[p.Files[0]])
			}
			if !strings.Contains(string(out[p.Files[0]]), "SetDeadline(a0 ") {
				t.Errorf("no box with net.Conn's methods:\n%s", out[p.Files[0]])
			}
		})
	}
}
