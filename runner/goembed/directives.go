package goembed

import (
	"bytes"
	"go/ast"
	"go/scanner"
	"go/token"
	"strings"
)

// found is a //go:embed line of a file, as the compiler's parser and the
// go command see it.
type found struct {
	pos          token.Pos // of "go:embed", where the compiler reports
	args         []ast.DirectiveArg
	err          string         // the parser's error, if any
	spec         *ast.ValueSpec // the variable it precedes, if it precedes one
	inFunc       bool           // that variable is declared inside a function
	afterImports bool           // the go command reads its patterns
}

// anchor is where a directive may end: the start of a declaration, a
// specification or a statement, or the closing of a group or a block. A
// directive belongs to the first anchor after it, which must be a
// variable's specification (spec).
type anchor struct {
	pos    token.Pos
	spec   *ast.ValueSpec
	inFunc bool
}

// findDirectives returns the //go:embed lines of f in order, each with the
// variable it precedes or the parser's error. src is f's text.
func findDirectives(fset *token.FileSet, f *ast.File, src []byte) []found {
	var out []found
	var anchors []anchor
	importsEnd := f.Name.End()
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			importsEnd = gd.End()
		}
	}
	for _, c := range comments(fset, f, src) {
		{
			text, ok := strings.CutPrefix(c.Text, "//")
			if !ok || (text != "go:embed" && !strings.HasPrefix(text, "go:embed ")) {
				continue
			}
			if anchors == nil {
				anchors = anchorsOf(f)
			}
			d := found{pos: c.Slash + 2, afterImports: c.Pos() > importsEnd}
			dir, _ := ast.ParseDirective(c.Slash, c.Text)
			args, err := dir.ParseArgs()
			if err == nil {
				d.args = args // the go command reads a well-formed line's patterns wherever it is
			}
			switch {
			case !aloneOnLine(fset, c, src):
				d.err = "misplaced compiler directive"
				out = append(out, d)
				continue
			case err != nil:
				d.err = err.Error()
			case len(args) == 0:
				d.err = "usage: //go:embed pattern..."
			}
			if a, ok := next(anchors, c.End()); ok && a.spec != nil {
				d.spec, d.inFunc = a.spec, a.inFunc
			}
			out = append(out, d)
		}
	}
	return out
}

// comments returns the line comments of f that may be //go:embed
// directives: a script's files are parsed without their comments.
func comments(fset *token.FileSet, f *ast.File, src []byte) []*ast.Comment {
	if !bytes.Contains(src, []byte("//go:embed")) {
		return nil
	}
	var out []*ast.Comment
	var sc scanner.Scanner
	sc.Init(fset.File(f.Pos()), src, nil, scanner.ScanComments)
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			return out
		}
		if tok == token.COMMENT && strings.HasPrefix(lit, "//go:embed") {
			out = append(out, &ast.Comment{Slash: pos, Text: lit})
		}
	}
}

// aloneOnLine reports whether nothing but blanks precedes c on its line,
// as the compiler asks of a directive.
func aloneOnLine(fset *token.FileSet, c *ast.Comment, src []byte) bool {
	tf := fset.File(c.Pos())
	off := tf.Offset(c.Pos())
	start := tf.Offset(tf.LineStart(tf.Line(c.Pos())))
	if off > len(src) || start > off {
		return true
	}
	return strings.Trim(string(src[start:off]), " \t") == ""
}

// next returns the first anchor after pos.
func next(anchors []anchor, pos token.Pos) (anchor, bool) {
	best, ok := anchor{}, false
	for _, a := range anchors {
		if a.pos > pos && (!ok || a.pos < best.pos) {
			best, ok = a, true
		}
	}
	return best, ok
}

// anchorsOf returns every anchor of f.
func anchorsOf(f *ast.File) []anchor {
	var out []anchor
	var walk func(n ast.Node, inFunc bool)
	walk = func(n ast.Node, inFunc bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GenDecl:
				out = append(out, anchor{pos: n.Pos()})
				if n.Lparen.IsValid() {
					out = append(out, anchor{pos: n.Rparen})
				}
				for _, s := range n.Specs {
					vs, ok := s.(*ast.ValueSpec)
					switch {
					case !ok || n.Tok != token.VAR:
						if n.Lparen.IsValid() {
							out = append(out, anchor{pos: s.Pos()})
						}
					case n.Lparen.IsValid():
						out = append(out, anchor{pos: s.Pos(), spec: vs, inFunc: inFunc})
					default: // var x T: the declaration's own anchor, the last one
						out[len(out)-1].spec, out[len(out)-1].inFunc = vs, inFunc
					}
				}
			case *ast.FuncDecl:
				out = append(out, anchor{pos: n.Pos()})
				if n.Body != nil {
					walk(n.Body, true)
				}
				return false
			case *ast.FuncLit:
				walk(n.Body, true)
				return false
			case *ast.BlockStmt:
				out = append(out, anchor{pos: n.Rbrace})
				for _, s := range n.List {
					if _, ok := s.(*ast.DeclStmt); !ok {
						out = append(out, anchor{pos: s.Pos()})
					}
				}
			case *ast.CaseClause:
				out = append(out, anchor{pos: n.Pos()})
				for _, s := range n.Body {
					if _, ok := s.(*ast.DeclStmt); !ok {
						out = append(out, anchor{pos: s.Pos()})
					}
				}
			case *ast.CommClause:
				out = append(out, anchor{pos: n.Pos()})
				for _, s := range n.Body {
					if _, ok := s.(*ast.DeclStmt); !ok {
						out = append(out, anchor{pos: s.Pos()})
					}
				}
			}
			return true
		})
	}
	walk(f, false)
	return out
}
