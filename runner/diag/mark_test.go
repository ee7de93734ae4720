package diag_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/diag"
)

// Marking every lesson program gives valid Go with the same lines, and
// leaves each token of the code where it was: insertions go after a
// statement, or after the brace or colon that opens a block, which moves
// the rest of a line only where a block and its statements share it, or
// name an unnamed parameter, which moves the rest of its line.
func TestMarkKeepsLinesAndColumns(t *testing.T) {
	files, _ := filepath.Glob("../../scripts/*/*.go")
	more, _ := filepath.Glob("testdata/panics/*.go")
	files = append(files, more...)
	if len(files) < 20 {
		t.Fatalf("found %d programs to mark", len(files))
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		marked := diag.Mark(file, src)
		if _, err := parser.ParseFile(token.NewFileSet(), file, marked, 0); err != nil {
			t.Errorf("%s: marked source does not parse: %v", file, err)
			continue
		}
		if string(marked) == string(src) {
			t.Errorf("%s: nothing was marked", file)
		}
		at := map[string]bool{}
		for _, tk := range tokens(marked) {
			at[tk.String()] = true
		}
		moved := map[int]bool{} // lines where a block opens and holds code
		orig := tokens(src)
		for i, tk := range orig {
			if tk.tok == token.LBRACE && i+1 < len(orig) && orig[i+1].line == tk.line && orig[i+1].tok != token.RBRACE {
				moved[tk.line] = true
			}
		}
		for line := range unnamedParams(src) {
			moved[line] = true
		}
		for _, tk := range orig {
			if !moved[tk.line] && !at[tk.String()] {
				t.Errorf("%s: marking moved %s", file, tk)
			}
		}
	}
}

// unnamedParams returns the lines that hold an unnamed or _ parameter.
func unnamedParams(src []byte) map[int]bool {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	lines := map[int]bool{}
	if err != nil {
		return lines
	}
	ast.Inspect(f, func(n ast.Node) bool {
		var lists []*ast.FieldList
		switch fn := n.(type) {
		case *ast.FuncDecl:
			lists = []*ast.FieldList{fn.Recv, fn.Type.Params}
		case *ast.FuncLit:
			lists = []*ast.FieldList{fn.Type.Params}
		}
		for _, l := range lists {
			if l == nil {
				continue
			}
			for _, fld := range l.List {
				blank := len(fld.Names) == 0
				for _, name := range fld.Names {
					blank = blank || name.Name == "_"
				}
				if blank {
					lines[fset.Position(fld.Pos()).Line] = true
				}
			}
		}
		return true
	})
	return lines
}

type tok struct {
	line, col int
	tok       token.Token
	lit       string
}

func (t tok) String() string { return fmt.Sprintf("%d:%d %s %q", t.line, t.col, t.tok, t.lit) }

// tokens lists the tokens of src but comments and automatic semicolons.
func tokens(src []byte) []tok {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, nil, 0)
	var list []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			return list
		}
		if t == token.SEMICOLON {
			continue
		}
		p := fset.Position(pos)
		list = append(list, tok{p.Line, p.Column, t, lit})
	}
}

// Saved values are stored one assignment each: the interpreter panics on
// a tuple assignment of a value of interface type to an element of an
// array of any (what a map index of a key of type any saves, where Mark
// has no facts to tell it from a slice's).
func TestMarkSavesValuesOneByOne(t *testing.T) {
	src := "package main\n\nfunc main() {\n\tm, k := map[any]int{}, any(1)\n\t_ = m[k]\n}\n"
	marked := string(diag.Mark("main.go", []byte(src)))
	if !strings.Contains(marked, "; _slVal[0] = len((m)); _slVal[1] = (k)") {
		t.Errorf("want the length and the key saved one by one in:\n%s", marked)
	}
	if strings.Contains(marked, "_slVal[0], ") {
		t.Errorf("a tuple assignment of saved values in:\n%s", marked)
	}
}
