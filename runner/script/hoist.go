package script

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"

	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

// hoistTypes moves the type declarations of the script's functions to the
// top level of their files where Go runs the script the same (see
// rewrite.HoistTypes), so that the checks and passes that follow see them
// as types the top level names, and type-checks the packages again. The
// packages skipped hold //go:embed variables, which goembed found in the
// files as parsed first. Where the new check fails, or resolves a name of
// the script to another object than the first did, every package keeps
// its files as parsed first.
func hoistTypes(fset *token.FileSet, packages []*typecheck.Package, files sourceFiles, skip func(i int) bool, conf typecheck.Config) {
	before := make([]firstCheck, len(packages))
	for i, p := range packages {
		before[i] = firstCheck{p.Files, p.Types, p.Info}
	}
	changed := false
	for i, p := range packages {
		if skip(i) {
			continue
		}
		src := map[*ast.File][]byte{}
		for _, f := range p.Files {
			src[f] = files[f].src
		}
		out := rewrite.HoistTypes(fset, p.Files, src, p.Info, p.Types)
		if len(out) == 0 {
			continue
		}
		list := make([]*ast.File, len(p.Files))
		for j, f := range p.Files {
			list[j] = f
			text, ok := out[f]
			if !ok {
				continue
			}
			nf, err := parser.ParseFile(fset, fset.File(f.Pos()).Name(), text, parser.AllErrors)
			if err != nil {
				restore(packages, before, files)
				return
			}
			files[nf] = sourceFile{path: files[f].path, src: text, moved: true}
			list[j] = nf
		}
		p.Files = list
		changed = true
	}
	if !changed {
		return
	}
	for _, p := range packages {
		p.Types, p.Info = nil, nil // else the check takes a local package as checked first
	}
	if err := typecheck.Check(fset, packages, conf); err != nil {
		restore(packages, before, files)
		return
	}
	for i, p := range packages {
		if !sameResolution(fset, before[i].info, p.Info) {
			restore(packages, before, files)
			return
		}
	}
}

// firstCheck is a package as first parsed and checked.
type firstCheck struct {
	files []*ast.File
	types *types.Package
	info  *types.Info
}

// restore gives each package its files and types as first checked, and
// drops the moved files.
func restore(packages []*typecheck.Package, before []firstCheck, files sourceFiles) {
	for f, sf := range files {
		if sf.moved {
			delete(files, f)
		}
	}
	for i, p := range packages {
		p.Files, p.Types, p.Info = before[i].files, before[i].types, before[i].info
	}
}

// sameResolution reports whether every identifier that the first check
// resolved, the second resolves to an object of the same kind and name,
// declared at the same position as the script's lines and columns give it.
func sameResolution(fset *token.FileSet, old, new *types.Info) bool {
	type key struct {
		pos  token.Position
		name string
	}
	at := func(pos token.Pos) token.Position {
		p := fset.Position(pos)
		p.Offset = 0
		return p
	}
	index := func(info *types.Info) map[key]types.Object {
		m := map[key]types.Object{}
		for id, obj := range info.Defs {
			if obj != nil {
				m[key{at(id.Pos()), id.Name}] = obj
			}
		}
		for id, obj := range info.Uses {
			m[key{at(id.Pos()), id.Name}] = obj
		}
		return m
	}
	a, b := index(old), index(new)
	if len(a) != len(b) {
		return false
	}
	for k, o := range a {
		n, ok := b[k]
		if !ok || reflect.TypeOf(o) != reflect.TypeOf(n) || o.Name() != n.Name() || at(o.Pos()) != at(n.Pos()) ||
			types.TypeString(o.Type(), nil) != types.TypeString(n.Type(), nil) {
			return false
		}
	}
	return true
}
