package script

import (
	"fmt"
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// localPackages maps the import paths of a script's local packages to
// their folders. A local package is a folder beside the script holding Go
// source (game logic that a lesson's server and client share): the import
// path's last element names the folder. The path itself is the package's
// full import path in its module ("github.com/socklab/socklab/scripts/
// 11-scissors-paper-stone/game"), so that go run builds the script too;
// socklab needs only the folder's name.
type localPackages map[string]string

// findLocal returns the folder of the local package with this import path,
// if there is one beside the script in dir.
func findLocal(dir, importPath string) (string, bool) {
	if !strings.Contains(importPath, ".") {
		return "", false // a standard library path: never local
	}
	pkgDir := filepath.Join(dir, path.Base(importPath))
	fi, err := os.Stat(pkgDir)
	if err != nil || !fi.IsDir() {
		return "", false
	}
	entries, err := os.ReadDir(pkgDir)
	if err != nil {
		return "", false
	}
	for _, e := range entries {
		if isSource(e.Name()) {
			return pkgDir, true
		}
	}
	return "", false
}

func isSource(name string) bool {
	return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}

// parsePackage parses the Go files of a local package, naming them under
// display in errors.
func parsePackage(fset *token.FileSet, dir, display string, sources sourceFiles) ([]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading the package %s: %w", display, err)
	}
	var files []*ast.File
	for _, e := range entries {
		if !isSource(e.Name()) {
			continue
		}
		f, err := parseFile(fset, filepath.Join(dir, e.Name()), filepath.Join(display, e.Name()), sources)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" {
			return nil, fmt.Errorf("%s: package main cannot be imported: a local package needs a name of its own", fset.Position(f.Name.Pos()))
		}
		files = append(files, f)
	}
	return files, nil
}

// sourceRoot is where the interpreter looks for local packages: a GOPATH
// that exists only in sourceFS.
const sourceRoot = "/socklab-local"

// sourceFS is the file system the interpreter reads source from: the real
// one, where sourceRoot/src/IMPORT/PATH leads to the local package's
// folder, and where a file the front end rewrote reads as rewritten.
type sourceFS struct {
	local     localPackages
	rewritten *rewrittenFiles
}

// rewrittenFiles are the files the front end rewrote, by real path; they
// are in before the interpreter reads any source.
type rewrittenFiles struct{ files map[string][]byte }

func (s sourceFS) Open(name string) (fs.File, error) {
	real := s.real(name)
	if src, ok := s.rewritten.files[real]; ok {
		return openRewritten(real, src)
	}
	return openPlain(real)
}

// real returns the file a name of the interpreter stands for.
func (s sourceFS) real(name string) string {
	for importPath, dir := range s.local {
		prefix := filepath.Join(sourceRoot, "src", importPath)
		if name == prefix {
			return dir
		}
		if rest, ok := strings.CutPrefix(name, prefix+string(filepath.Separator)); ok {
			return filepath.Join(dir, rest)
		}
	}
	return name
}

// displayPairs returns, for each local package, the interpreter's name of
// its folder and the name messages should use, for rewriting positions.
func (s sourceFS) displayPairs(scriptDisplay string) []string {
	var pairs []string
	for importPath, dir := range s.local {
		pairs = append(pairs, filepath.Join(sourceRoot, "src", importPath), filepath.Join(filepath.Dir(scriptDisplay), filepath.Base(dir)))
	}
	return pairs
}
