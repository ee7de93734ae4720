package rewrite

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// HoistTypes moves the type declarations that the functions of a package
// make to the top level of their files where that changes nothing Go
// does, and returns the new text of each file that changed. Go names a
// type declared inside a function as one of the top level (main.T, in
// %T, reflect, gob and the encoders' errors), so such a type, moved, is
// what the passes can name from the top level, where a local one is
// refused. A declaration moves only where no other object of the package
// or the universe bears its name and no other function declares a type of
// that name, where no scope between its uses and the top level declares
// another object of that name, where it names nothing local but types
// moved with it, and outside generic functions (whose types Go makes
// anew for each instance). Its text is blanked where it stood, newlines
// kept, and written after the file's last line behind a /*line*/ comment
// of its first position, so that every line and column stays as written;
// a //line comment after it gives the lines that follow their own number.
func HoistTypes(fset *token.FileSet, files []*ast.File, src map[*ast.File][]byte, info *types.Info, pkg *types.Package) map[*ast.File][]byte {
	type site struct {
		decl *ast.GenDecl
		file *ast.File
	}
	sites := map[*types.TypeName]site{}
	count := map[string]int{} // local type declarations by name
	var order []*types.TypeName
	for _, f := range files {
		if hasLineDirective(f, src[f]) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Type.TypeParams != nil || n.Recv != nil && genericRecv(n.Recv) {
					countLocalTypes(n, count)
					return false
				}
			case *ast.DeclStmt:
				gd, ok := n.Decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.TYPE {
					return true
				}
				for _, s := range gd.Specs {
					ts := s.(*ast.TypeSpec)
					count[ts.Name.Name]++
					_, cuts := cutEnd(src[f], fset.File(f.Pos()).Offset(gd.End()))
					if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && cuts && ts.TypeParams == nil && !ts.Assign.IsValid() && !tn.IsAlias() {
						sites[tn] = site{gd, f}
						order = append(order, tn)
					}
				}
				return false
			}
			return true
		})
	}
	if len(sites) == 0 {
		return nil
	}
	var fileScopes []*types.Scope
	for _, f := range files {
		fileScopes = append(fileScopes, info.Scopes[f])
	}
	ok := map[*types.TypeName]bool{}
	for tn, s := range sites {
		ok[tn] = count[tn.Name()] == 1 && freeName(tn.Name(), pkg, fileScopes) && !shadowed(tn, info, info.Scopes[s.file])
	}
	// A declaration moves with every other of its group, and with the
	// local types it names; drop those that cannot, until none is dropped.
	for changed := true; changed; {
		changed = false
		for tn, s := range sites {
			if !ok[tn] {
				continue
			}
			if !groupMoves(s.decl, info, ok) || !namesMovable(s.decl, info, pkg, ok) {
				ok[tn] = false
				changed = true
			}
		}
	}
	moved := map[*ast.File][]*ast.GenDecl{}
	seen := map[*ast.GenDecl]bool{}
	for _, tn := range order {
		s := sites[tn]
		if ok[tn] && !seen[s.decl] {
			seen[s.decl] = true
			moved[s.file] = append(moved[s.file], s.decl)
		}
	}
	out := map[*ast.File][]byte{}
	for f, decls := range moved {
		out[f] = hoistText(fset, f, src[f], decls)
	}
	return out
}

// hoistText returns f's text with decls blanked where they stand and
// written after its last line, each behind a /*line*/ comment of its
// position, and a //line comment that gives the lines after them their
// own numbers again.
func hoistText(fset *token.FileSet, f *ast.File, src []byte, decls []*ast.GenDecl) []byte {
	file := fset.File(f.Pos())
	out := bytes.Clone(src)
	var tail strings.Builder
	for _, d := range decls {
		start, end := file.Offset(d.Pos()), file.Offset(d.End())
		cut, _ := cutEnd(src, end)
		for i := start; i < cut; i++ {
			if out[i] != '\n' && out[i] != '\r' {
				out[i] = ' '
			}
		}
		at := fset.Position(d.Pos())
		fmt.Fprintf(&tail, "/*line :%d:%d*/%s\n", at.Line, at.Column, src[start:end])
	}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	out = append(out, tail.String()...)
	lines := bytes.Count(out, []byte("\n")) + 1 // the //line comment's own
	return fmt.Appendf(out, "//line :%d:1\n", lines+1)
}

// cutEnd returns the offset up to which the text of a declaration ending
// at end is blanked: past the ";" that follows it on its line, which would
// else stand as an empty statement (that the marks of package diag do not
// expect). It reports false where a /*comment*/ comes first.
func cutEnd(src []byte, end int) (int, bool) {
	i := end
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	switch {
	case i < len(src) && src[i] == ';':
		return i + 1, true
	case i+1 < len(src) && src[i] == '/' && src[i+1] == '*':
		return end, false
	}
	return end, true
}

// hasLineDirective reports whether the file holds a line directive of
// its own, whose file names the moved text's /*line*/ comments would not
// keep.
func hasLineDirective(f *ast.File, src []byte) bool {
	return bytes.Contains(src, []byte("//line ")) || bytes.Contains(src, []byte("/*line "))
}

// genericRecv reports whether a method's receiver has type parameters.
func genericRecv(recv *ast.FieldList) bool {
	for _, fld := range recv.List {
		t := fld.Type
		if st, ok := t.(*ast.StarExpr); ok {
			t = st.X
		}
		switch ast.Unparen(t).(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		}
	}
	return false
}

// countLocalTypes counts the type declarations inside n by name.
func countLocalTypes(n ast.Node, count map[string]int) {
	ast.Inspect(n, func(n ast.Node) bool {
		if ds, ok := n.(*ast.DeclStmt); ok {
			if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, s := range gd.Specs {
					count[s.(*ast.TypeSpec).Name.Name]++
				}
			}
		}
		return true
	})
}

// freeName reports whether a type of the top level may take name: no
// object of the package, of the universe or of its files' imports bears it.
func freeName(name string, pkg *types.Package, fileScopes []*types.Scope) bool {
	if name == "_" || name == "init" || name == "main" || pkg.Scope().Lookup(name) != nil || types.Universe.Lookup(name) != nil {
		return false
	}
	for _, s := range fileScopes {
		if s == nil || s.Lookup(name) != nil {
			return false
		}
	}
	return true
}

// shadowed reports whether a scope between a use of tn and the top level
// declares another object of tn's name, which would hide tn moved there.
func shadowed(tn *types.TypeName, info *types.Info, fileScope *types.Scope) bool {
	if fileScope == nil {
		return true
	}
	for id, obj := range info.Uses {
		if obj != tn {
			continue
		}
		for s := fileScope.Innermost(id.Pos()); s != nil && s != fileScope; s = s.Parent() {
			if o := s.Lookup(tn.Name()); o != nil && o != tn {
				return true
			}
		}
	}
	for s := tn.Parent(); s != nil && s != fileScope; s = s.Parent() {
		if o := s.Lookup(tn.Name()); o != nil && o != tn {
			return true
		}
	}
	return false
}

// groupMoves reports whether every type of d's group may move.
func groupMoves(d *ast.GenDecl, info *types.Info, ok map[*types.TypeName]bool) bool {
	for _, s := range d.Specs {
		tn, _ := info.Defs[s.(*ast.TypeSpec).Name].(*types.TypeName)
		if tn == nil || !ok[tn] {
			return false
		}
	}
	return true
}

// namesMovable reports whether every name that d's types use is of the
// top level, of the universe, of another package, or a type that moves.
func namesMovable(d *ast.GenDecl, info *types.Info, pkg *types.Package, ok map[*types.TypeName]bool) bool {
	movable := true
	ast.Inspect(d, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || !movable {
			return movable
		}
		obj := info.Uses[id]
		if obj == nil {
			return true
		}
		switch {
		case obj.Parent() == types.Universe, obj.Pkg() != pkg, obj.Parent() == pkg.Scope():
		case obj.Parent() != nil && obj.Parent().Parent() == pkg.Scope():
			_, movable = obj.(*types.PkgName) // a file's import
		default:
			tn, isType := obj.(*types.TypeName)
			movable = isType && ok[tn]
		}
		return movable
	})
	return movable
}
