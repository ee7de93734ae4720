// Package goembed reads the files that a script's //go:embed directives
// name, as the go command and the compiler do when they build a program,
// so that socklab can give the script's variables those files before the
// script runs (see package rewrite's pass embed and package embedfs).
//
// The work is done in two steps, where Go's build does it. Read, on the
// parsed files, is the go command's: it resolves each pattern in the
// package's folder by its rules (hidden files, `all:`, symbolic links,
// irregular files, folders that begin a module) and reads the files then,
// before the script runs and before its process is confined: a script's
// own reads pass the file gate at run time, its embedded files are part of
// its build. It also reports what the compiler's parser refuses (a
// directive that precedes no variable, one without a pattern). Vars, on
// the type-checked package, is the compiler's: it checks each variable
// (no initializer, one name, at the top level, in a file that imports
// embed, of type string, []byte or embed.FS) and gives it its files. Both
// fail in Go's words, with the file:line:col Go names.
package goembed

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// Kind is what an embedding variable holds.
type Kind int

const (
	String Kind = iota + 1 // a string, or a type whose underlying type is one
	Bytes                  // a []byte, or a type whose underlying type is one
	FS                     // an embed.FS
)

// A Var is a variable of the script that //go:embed gives files.
type Var struct {
	Spec *ast.ValueSpec
	Kind Kind
	// Files are its files: one for a String or Bytes, and for an FS each
	// file and each folder above one (named with a trailing slash), in
	// the order the compiler writes them.
	Files []File
}

// A File is an embedded file with its contents, or a folder (Name ends in
// a slash, Data is empty).
type File struct {
	Name string // slash-separated, relative to the package's folder
	Data string
}

// A Package is what Read found in one package of the script.
type Package struct {
	files    []*ast.File
	vars     map[*ast.ValueSpec][]directive // each variable's directives, in order
	inFunc   map[*ast.ValueSpec]bool        // the variables declared inside a function
	patterns map[string][]string            // each pattern's files
	data     map[string]string              // each file's contents
}

// directive is one //go:embed line attached to a variable.
type directive struct {
	pos      token.Pos // of "go:embed", where the compiler reports
	patterns []string
	embeds   bool // the file imports "embed"
}

// Read finds the //go:embed directives of a package's files (src gives
// each file's text), resolves their patterns in dir, the package's
// folder, and reads the files they match. Its error is the first of Go's
// build: a pattern that matches no file or a bad one (the go command's,
// which names only the first), then a directive in the wrong place or
// without patterns (the parser's, each of them).
func Read(fset *token.FileSet, files []*ast.File, src func(*ast.File) []byte, dir string) (*Package, error) {
	p := &Package{files: files, vars: map[*ast.ValueSpec][]directive{}, inFunc: map[*ast.ValueSpec]bool{},
		patterns: map[string][]string{}, data: map[string]string{}}
	firstPos := map[string]token.Position{}
	var misplaced []error
	for _, f := range files {
		embeds := importsEmbed(f)
		for _, d := range findDirectives(fset, f, src(f)) {
			if embeds && d.afterImports {
				for _, a := range d.args {
					if _, seen := firstPos[a.Arg]; !seen {
						firstPos[a.Arg] = fset.Position(a.Pos)
					}
				}
			}
			if d.err != "" {
				misplaced = append(misplaced, goError(fset, d.pos, d.err))
				continue
			}
			if d.spec == nil {
				misplaced = append(misplaced, goError(fset, d.pos, "misplaced go:embed directive"))
				continue
			}
			var patterns []string
			for _, a := range d.args {
				patterns = append(patterns, a.Arg)
			}
			p.vars[d.spec] = append(p.vars[d.spec], directive{pos: d.pos, patterns: patterns, embeds: embeds})
			p.inFunc[d.spec] = d.inFunc
		}
	}
	patterns := make([]string, 0, len(firstPos))
	for pattern := range firstPos {
		patterns = append(patterns, pattern)
	}
	slices.Sort(patterns)
	for _, pattern := range patterns {
		list, err := resolve(dir, pattern)
		if err != nil {
			return nil, fmt.Errorf("%s: pattern %s: %w", firstPos[pattern], pattern, err)
		}
		p.patterns[pattern] = list
		for _, name := range list {
			if _, ok := p.data[name]; ok {
				continue
			}
			data, err := readFile(dir, name)
			if err != nil {
				return nil, fmt.Errorf("%s: pattern %s: %w", firstPos[pattern], pattern, err)
			}
			p.data[name] = data
		}
	}
	if len(misplaced) > 0 {
		return nil, joined(misplaced)
	}
	return p, nil
}

// Empty reports whether the package has no //go:embed directive.
func (p *Package) Empty() bool { return len(p.vars) == 0 }

func importsEmbed(f *ast.File) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"embed"` || imp.Path.Value == "`embed`" {
			return true
		}
	}
	return false
}

// goError is a build error at pos, in Go's words.
func goError(fset *token.FileSet, pos token.Pos, msg string) error {
	return fmt.Errorf("%s: %s", fset.Position(pos), msg)
}

// joined is several errors, one a line, in the order of their positions
// as written (they are made in that order).
func joined(errs []error) error {
	lines := make([]string, len(errs))
	for i, err := range errs {
		lines[i] = err.Error()
	}
	return lineErrors(strings.Join(lines, "\n"))
}

// lineErrors is errors of Go's build, one a line.
type lineErrors string

func (e lineErrors) Error() string { return string(e) }
