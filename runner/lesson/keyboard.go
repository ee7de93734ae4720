package lesson

import (
	"go/ast"
	"go/parser"
	"go/token"
	pathpkg "path"
	"path/filepath"
	"strings"
)

// ReadsKeyboard reports whether the program at path reads standard input,
// as readsKeyboard below says.
func ReadsKeyboard(path string) bool { return readsKeyboard(path) }

// readsKeyboard reports whether the program at path reads standard input:
// it, or a package of its lesson's own that it imports (a folder beside
// it), calls the console package, fmt.Scan and friends, or uses os.Stdin.
// A whole-lesson run gives the keyboard to the client only, so a server
// that asks the user something (a chat, a two-player game) must run in a
// terminal of its own.
func readsKeyboard(path string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		return false // run reports the error itself
	}
	if usesKeyboard(f) {
		return true
	}
	for _, imp := range f.Imports {
		dir := filepath.Join(filepath.Dir(path), pathpkg.Base(strings.Trim(imp.Path.Value, `"`)))
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			if pf, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution); err == nil && usesKeyboard(pf) {
				return true
			}
		}
	}
	return false
}

// usesKeyboard reports whether f reads standard input.
func usesKeyboard(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return !found
		}
		if pkg, ok := sel.X.(*ast.Ident); ok {
			switch {
			case pkg.Name == "console",
				pkg.Name == "os" && sel.Sel.Name == "Stdin",
				pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Scan"):
				found = true
			}
		}
		return !found
	})
	return found
}
