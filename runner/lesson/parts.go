package lesson

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
)

// Parts explains files given as one program, such as main.go beside
// stack.go, the package main of `go run .` in several files: a socklab
// program is one file, as `go run main.go` builds it. It returns "" unless
// exactly one of the files, all of package main, declares func main.
func Parts(dir string, files []string) string {
	var mains, parts []string
	for _, name := range files {
		pkg, hasMain, err := mainOf(filepath.Join(dir, name))
		if err != nil || pkg != "main" {
			return ""
		}
		if hasMain {
			mains = append(mains, name)
		} else {
			parts = append(parts, name)
		}
	}
	if len(mains) != 1 || len(parts) == 0 {
		return ""
	}
	main := mains[0]
	return fmt.Sprintf("%s and %s make one program (only %s declares func main), but socklab runs a program of one file, as `go run %s` builds it: "+
		"move what %s uses from %s into %s, or make %s a package in a folder of its own (see the README, Packages of a lesson's own); then socklab run %s",
		main, list(parts), main, main, main, list(parts), main, list(parts), filepath.Join(dir, main))
}

// mainOf reports the package a Go file declares and whether it declares
// func main.
func mainOf(path string) (pkg string, hasMain bool, err error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		return "", false, err
	}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "main" {
			hasMain = true
		}
	}
	return f.Name.Name, hasMain, nil
}
