// Package typecheck checks a script with Go's own type checker (go/types)
// before it runs, against the real API of what it imports: the export data
// the Go toolchain wrote for each package socklab offers (exportdata.zip,
// see package exportgen). Its errors are the ones go build reports, in
// Go's words, so that a script that socklab runs also builds, and what it
// learns about types guides the rewrites that follow (package rewrite).
package typecheck

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// MaxErrors is how many errors a report lists, as the Go compiler does.
const MaxErrors = 10

// A Package is a package of a script: its main package, or a local
// package beside it that the script imports.
type Package struct {
	Path  string      // import path; "main" for the script's own package
	Files []*ast.File // parsed with comments and positions

	Types *types.Package // set by Check
	Info  *types.Info    // set by Check
}

// A Config says what Check may import besides the stored export data.
type Config struct {
	// Opaque names the packages that exist but have no export data (helper
	// packages an embedding program registers). Each is checked as a
	// package of this name whose members are unknown: a use of a member is
	// taken on trust, the rest of the script is checked as usual.
	Opaque func(path string) (name string, ok bool)
}

// Check type-checks pkgs, the first of which is the script's package main
// and the rest its local packages, filling in each one's Types and Info.
// It returns the errors Go would report, as *Errors, or nil.
func Check(fset *token.FileSet, pkgs []*Package, conf Config) error {
	var files []*ast.File
	for _, p := range pkgs {
		files = append(files, p.Files...)
	}
	c := newChecker(fset, pkgs, conf, members(files))
	c.check(pkgs[0])
	if c.stored.failed == nil && c.report() == nil {
		return nil
	}
	// Again with every package read whole, for Go's own errors and hints.
	for _, p := range pkgs {
		p.Types, p.Info = nil, nil
	}
	c = newChecker(fset, pkgs, conf, nil)
	c.check(pkgs[0])
	if r := c.report(); r != nil {
		return r
	}
	return nil
}

// newChecker returns a checker of pkgs that reads of each package only
// the members named in want, or every member where want is nil.
func newChecker(fset *token.FileSet, pkgs []*Package, conf Config, want map[string]map[string]bool) *checker {
	c := &checker{
		fset:    fset,
		stored:  &storedImporter{fset: fset, pkgs: map[string]*types.Package{}, want: want},
		local:   map[string]*Package{},
		conf:    conf,
		opaque:  map[string]bool{},
		pending: map[string]bool{},
	}
	for _, p := range pkgs[1:] {
		c.local[p.Path] = p
	}
	return c
}

type checker struct {
	fset    *token.FileSet
	stored  *storedImporter
	local   map[string]*Package
	conf    Config
	opaque  map[string]bool // names of opaque packages, as imported
	pending map[string]bool // local packages being checked (import cycles)
	errs    []types.Error
	checked []*Package
}

// check type-checks one package, having checked the local packages it
// imports first.
func (c *checker) check(p *Package) {
	c.pending[p.Path] = true
	p.Info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	conf := types.Config{
		GoVersion: goVersion(),
		Importer:  importerFunc(c.importPackage),
		Sizes:     types.SizesFor("gc", runtime.GOARCH),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				c.errs = append(c.errs, te)
			}
		},
	}
	p.Types, _ = conf.Check(p.Path, c.fset, p.Files, p.Info)
	c.checked = append(c.checked, p)
	delete(c.pending, p.Path)
}

// importPackage gives go/types the package with this import path: a local
// package, checked from source, a stored one, or an opaque one.
func (c *checker) importPackage(path string) (*types.Package, error) {
	if p, ok := c.local[path]; ok {
		if c.pending[path] {
			return nil, fmt.Errorf("import cycle: %s imports itself", path)
		}
		if p.Types == nil {
			c.check(p)
		}
		return p.Types, nil
	}
	if Has(path) {
		return c.stored.Import(path)
	}
	if c.conf.Opaque != nil {
		if name, ok := c.conf.Opaque(path); ok {
			c.opaque[name] = true
			p := types.NewPackage(path, name)
			p.MarkComplete()
			return p, nil
		}
	}
	return nil, fmt.Errorf("package %q is not available", path)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// goVersion is the language version scripts are checked at: the one of
// the toolchain that built the export data, as go run would use.
func goVersion() string {
	v := dataVersion()
	if v == "" {
		v = runtime.Version()
	}
	// "go1.26.8" -> "go1.26"
	if i := strings.Index(v, "."); i >= 0 {
		if j := strings.Index(v[i+1:], "."); j >= 0 {
			v = v[:i+1+j]
		}
	}
	return v
}

// report turns the errors into the report go build prints: as the Go
// compiler does, it takes the first MaxErrors errors in the order they
// were found (unused variables come at the end of their function) and
// sorts them by position; each gets a hint where one helps.
func (c *checker) report() *Errors {
	errs := slices.DeleteFunc(c.errs, func(e types.Error) bool { return c.trusted(e) })
	if len(errs) == 0 {
		return nil
	}
	var r Errors
	if len(errs) >= MaxErrors {
		errs = errs[:MaxErrors]
		r.More = fmt.Sprintf("%s: too many errors", c.fset.Position(errs[len(errs)-1].Pos))
	}
	errs = slices.Clone(errs)
	slices.SortStableFunc(errs, func(a, b types.Error) int {
		pa, pb := c.fset.Position(a.Pos), c.fset.Position(b.Pos)
		return cmp.Or(strings.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Column, pb.Column))
	})
	var beside siblings
	for _, e := range errs {
		msg := e.Msg
		pos := c.fset.Position(e.Pos)
		if hint := c.hint(e); hint != "" {
			msg += "; did you mean " + hint + "?"
		} else if name, ok := strings.CutPrefix(msg, "undefined: "); ok && token.IsIdentifier(name) {
			if file := beside.declaredBeside(pos.Filename, name); file != "" {
				script := filepath.Base(pos.Filename)
				msg += fmt.Sprintf(" (declared in %s, which is not built with %s: a program is one file, as `go run %s` builds it; move %s into %s, or %s into a package folder of its own)",
					file, script, script, name, script, file)
			}
		}
		r.List = append(r.List, fmt.Sprintf("%s: %s", pos, msg))
	}
	return &r
}

// trusted reports whether e is about a member of an opaque package, which
// the check cannot know.
func (c *checker) trusted(e types.Error) bool {
	name, ok := strings.CutPrefix(e.Msg, "undefined: ")
	if !ok {
		return false
	}
	pkg, _, ok := strings.Cut(name, ".")
	return ok && c.opaque[pkg]
}

// Errors are the compile errors of a script, in Go's words, one per line
// as file:line:col: message.
type Errors struct {
	List []string
	More string // "file:line:col: too many errors" when the list stops short
}

func (e *Errors) Error() string {
	if e.More != "" {
		return strings.Join(append(e.List, e.More), "\n")
	}
	return strings.Join(e.List, "\n")
}
