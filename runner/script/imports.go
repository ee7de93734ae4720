package script

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/allow"
	"github.com/socklab/socklab/runner/goembed"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/refuse"
	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

// forbidden lists the imports a script may not use without a flag, and the
// flag that lifts each. (syscall may be imported: the allowlist offers its
// constants and its Errno and Signal types, and refuses the rest; and
// unsafe, whose Sizeof, Alignof and Offsetof are constants, the rest
// needing --allow-unsafe.)
var forbidden = map[string]string{
	"os/exec": "--allow-exec",
	"plugin":  "",
}

// checked is what checkSource learns of a script before it runs.
type checked struct {
	imports []string      // the compiled packages to load
	local   localPackages // the script's own packages
	// embeds are the //go:embed directives of each package, by the
	// index of its package in the front's list, with their files read.
	embeds map[int]*goembed.Package
	// alone says that the script's file is all the work reads: it imports
	// no local package nor a path that could name one (with a dot), and
	// embeds no file (see FrontCached).
	alone bool
	// front type-checks the script and rewrites it for the interpreter,
	// marking its receive sites in hints if not nil. It reads no file, so
	// it may run while the interpreter is set up.
	front func(hints *hint.Sites) (rewritten, error)
}

// checkSource parses the script, and the local packages it imports (see
// local.go), and checks their imports; its front type-checks them, before
// anything of the script runs, so that a syntax error, a refused import or
// a compile error is reported with its file:line:col, in Go's words.
func checkSource(o Options, known func(path string) bool) (checked, error) {
	return checkSourceOf(o, known, nil)
}

// checkSourceOf is checkSource of src, the script file's text, where it is
// not nil.
func checkSourceOf(o Options, known func(path string) bool, src []byte) (checked, error) {
	fset := token.NewFileSet()
	files := sourceFiles{}
	var f *ast.File
	var err error
	if src != nil {
		f, err = parseSource(fset, o.Path, o.Display, src, files)
	} else {
		f, err = parseFile(fset, o.Path, o.Display, files)
	}
	if err != nil {
		return checked{}, err
	}
	if f.Name.Name != "main" {
		return checked{}, fmt.Errorf("%s: package %s: a script must be package main with a func main", fset.Position(f.Name.Pos()), f.Name.Name)
	}
	dir, displayDir := filepath.Dir(o.Path), filepath.Dir(o.Display)
	c := checked{local: localPackages{}}
	packages := []*typecheck.Package{{Path: "main", Files: []*ast.File{f}}} // the script's, then each local package
	var problems []string
	binary := map[string]bool{}
	for i := 0; i < len(packages); i++ {
		for _, f := range packages[i].Files {
			for _, path := range importPaths(f) {
				if pkgDir, ok := findLocal(dir, path); ok {
					if _, seen := c.local[path]; seen {
						continue
					}
					c.local[path] = pkgDir
					parsed, err := parsePackage(fset, pkgDir, filepath.Join(displayDir, filepath.Base(pkgDir)), files)
					if err != nil {
						return checked{}, err
					}
					packages = append(packages, &typecheck.Package{Path: path, Files: parsed})
					continue
				}
				if !rewrite.WritesOutPackage(path) { // iter: the rewrite writes out its types
					binary[path] = true
				}
			}
			problems = append(problems, checkImports(o, fset, f, func(p string) bool { return known(p) || c.local[p] != "" })...)
			problems = append(problems, allow.Check(fset, f, flags(o), packageNameOf)...)
		}
	}
	if len(problems) > 0 {
		return checked{}, errors.New(strings.Join(problems, "\n"))
	}
	// The files a //go:embed names are read here, as Go's build reads
	// them, before anything of the script runs and before its process is
	// confined.
	c.embeds = map[int]*goembed.Package{}
	for i, p := range packages {
		pkgDir := dir
		if i > 0 {
			pkgDir = c.local[p.Path]
		}
		emb, err := goembed.Read(fset, p.Files, func(f *ast.File) []byte { return files[f].src }, pkgDir)
		if err != nil {
			return checked{}, err
		}
		if !emb.Empty() {
			c.embeds[i] = emb
		}
	}
	c.front = func(hints *hint.Sites) (rewritten, error) {
		if err := typecheck.Check(fset, packages, typecheck.Config{Opaque: opaque}); err != nil {
			return rewritten{}, err
		}
		hoistTypes(fset, packages, files, func(i int) bool { return c.embeds[i] != nil }, typecheck.Config{Opaque: opaque})
		embedded := map[*types.Package][]goembed.Var{}
		for i, emb := range c.embeds {
			vars, err := emb.Vars(fset, packages[i].Info)
			if err != nil {
				return rewritten{}, err
			}
			embedded[packages[i].Types] = vars
		}
		var refused []string
		nilPointers := map[*types.Package]map[token.Pos]bool{}
		for _, p := range packages {
			refused = append(refused, allow.CheckTypes(fset, p.Info, flags(o))...)
			r, nils := refuse.Examine(fset, p.Files, p.Types, p.Info)
			refused = append(refused, r...)
			nilPointers[p.Types] = nils
		}
		if len(refused) > 0 {
			return rewritten{}, errors.New(strings.Join(refused, "\n"))
		}
		r, library, err := files.lift(fset, packages, nilPointers, embedded, hints)
		if err != nil {
			return rewritten{}, err
		}
		r.met = typecheck.InterfacePackages(packages)
		r.memProfiled = typecheck.MemProfiled(packages)
		for _, path := range library {
			if !slices.Contains(r.met, path) {
				r.met = append(r.met, path)
			}
		}
		return r, nil
	}
	for p := range binary {
		c.imports = append(c.imports, p)
	}
	sort.Strings(c.imports)
	c.alone = len(c.local) == 0 && len(c.embeds) == 0 && !slices.ContainsFunc(importPaths(f), func(path string) bool { return strings.Contains(path, ".") })
	return c, nil
}

// opaque reports the name of a compiled package that the type checker
// has no export data for: one that a program embedding socklab registers.
func opaque(path string) (string, bool) {
	if typecheck.Has(path) {
		return "", false
	}
	return tableName(path)
}

// parseFile parses one Go file, naming it display in errors. Of several
// errors on one line it keeps the first: the rest are mostly its echoes.
func parseFile(fset *token.FileSet, path, display string, files sourceFiles) (*ast.File, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", display, errors.Unwrap(err))
	}
	return parseSource(fset, path, display, src, files)
}

// parseSource is parseFile of src, the text of the file at path.
func parseSource(fset *token.FileSet, path, display string, src []byte, files sourceFiles) (*ast.File, error) {
	f, err := parser.ParseFile(fset, display, src, parser.AllErrors)
	if err == nil {
		files[f] = sourceFile{path: path, src: src}
		return f, nil
	}
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return nil, err
	}
	var lines []string
	seen := map[int]bool{}
	for _, e := range list {
		if seen[e.Pos.Line] {
			continue
		}
		seen[e.Pos.Line] = true
		if len(lines) == 10 {
			lines = append(lines, "(and more errors)")
			break
		}
		lines = append(lines, e.Error())
	}
	return nil, errors.New(strings.Join(lines, "\n"))
}

func importPaths(f *ast.File) []string {
	var paths []string
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		paths = append(paths, path)
	}
	return paths
}

// checkImports refuses the imports of f that are forbidden or unknown.
func checkImports(o Options, fset *token.FileSet, f *ast.File, known func(path string) bool) []string {
	var problems []string
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		pos := fset.Position(imp.Path.Pos())
		if flag, bad := forbidden[path]; bad && !allowed(o, path) {
			msg := fmt.Sprintf("%s: import %q is not allowed in socklab scripts", pos, path)
			if flag != "" {
				msg += fmt.Sprintf(" (run with %s to allow it)", flag)
			} else {
				msg += " (the interpreter cannot load plugins)"
			}
			problems = append(problems, msg)
			continue
		}
		if rewrite.WritesOutPackage(path) {
			continue
		}
		if msg, newer := refuse.NewerPackage(path); newer && !known(path) {
			problems = append(problems, fmt.Sprintf("%s: %s", pos, msg))
			continue
		}
		if _, bad := forbidden[path]; !bad && !known(path) {
			problems = append(problems, fmt.Sprintf(
				"%s: package %q is not available: scripts may import Go's standard library, socklab's helpers (sock, frame, console) and packages in a folder beside them", pos, path))
		}
	}
	return problems
}

func allowed(o Options, path string) bool {
	switch path {
	case "os/exec":
		return o.AllowExec
	}
	return false
}

// packageName guesses a package's name from its import path: the last
// element, skipping a major version suffix (math/rand/v2 is rand).
func packageName(path string) string {
	parts := strings.Split(path, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	return name
}
