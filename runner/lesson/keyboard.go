package lesson

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// readsKeyboard reports whether the program at path reads standard input:
// it calls the console package, fmt.Scan and friends, or uses os.Stdin.
// A whole-lesson run gives the keyboard to the client only, so a server
// that asks the user something (a chat, a two-player game) must run in a
// terminal of its own.
func readsKeyboard(path string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		return false // run reports the error itself
	}
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
