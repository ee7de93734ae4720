package typecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// siblings finds the top-level declarations of the other files of package
// main beside a script: `go run main.go` builds main.go alone, and so does
// socklab, so a name the script uses from such a file is undefined, where
// `go run .` would have found it. The report says where the name is.
type siblings struct {
	decls map[string]map[string]string // script's folder -> name -> file
}

// declaredBeside returns the file beside script, of package main, that
// declares name at its top level, or "".
func (s *siblings) declaredBeside(script, name string) string {
	dir := filepath.Dir(script)
	if s.decls == nil {
		s.decls = map[string]map[string]string{}
	}
	decls, ok := s.decls[dir]
	if !ok {
		decls = topLevelBeside(script)
		s.decls[dir] = decls
	}
	return decls[name]
}

// topLevelBeside maps the top-level names declared by the .go files of
// package main in script's folder, other than script and tests, to the
// file that declares each.
func topLevelBeside(script string) map[string]string {
	dir := filepath.Dir(script)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	names := map[string]string{}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		path := filepath.Join(dir, n)
		if !e.Type().IsRegular() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || path == script {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil || f.Name.Name != "main" {
			continue
		}
		for _, d := range f.Decls {
			for _, id := range declaredNames(d) {
				if _, seen := names[id]; !seen {
					names[id] = n
				}
			}
		}
	}
	return names
}

// declaredNames returns the names a top-level declaration declares, but a
// method's or main's and init's, which no other file can use.
func declaredNames(d ast.Decl) []string {
	var out []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil && d.Name.Name != "main" && d.Name.Name != "init" {
			out = append(out, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				out = append(out, s.Name.Name)
			case *ast.ValueSpec:
				for _, id := range s.Names {
					out = append(out, id.Name)
				}
			}
		}
	}
	return out
}
