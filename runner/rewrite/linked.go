package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"sync"

	"github.com/socklab/socklab/runner/inits"
	"github.com/socklab/socklab/runner/lift"
)

// A Go build of a script links the packages it imports, and theirs, and
// runs only their initialisers; image/gif, image/jpeg and image/png
// register their decoders with image (inits.Linked). socklab's binary
// links them all, so image.Decode would decode a GIF where a Go build of
// the script answers "image: unknown format". This pass hands what reads
// image's registry to a lift.Registry of the registrars the script's Go
// build links (its imports and their dependencies, a constant of the
// rewritten text), and what writes it too, for the script's own
// registrations:
//
//	image.Decode(r)       =>   sl.Linked(0xa0).Decode(r)
//
// crypto's registry of hashes needs no rewrite: inits.Set takes out of it
// the hashes the Go build does not link.

// registryFuncs are the functions of Go's library that read or write the
// registries, by package and name.
var registryFuncs = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"image.Decode": true, "image.DecodeConfig": true, "image.RegisterFormat": true,
	}
})

func linked(p *Package, f *ast.File, e *Editor) {
	l := &linker{p: p, e: e}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				if _, ok := p.Info.Uses[id].(*types.PkgName); ok {
					if isRegistryFunc(p.Info.Uses[n.Sel]) {
						e.Replace(id.Pos(), id.End(), l.registry()+directive(p, id.End()))
					}
					return false
				}
			}
		case *ast.Ident: // a name of a dot import
			if isRegistryFunc(p.Info.Uses[n]) {
				e.Insert(n.Pos(), l.registry()+"."+directive(p, n.Pos()))
			}
		}
		return true
	})
}

// linker rewrites the uses of the registries in one file.
type linker struct {
	p   *Package
	e   *Editor
	reg string // the text of the file's Registry, once made
}

// registry returns the text of the Registry of the registrars that a Go
// build of the script links.
func (l *linker) registry() string {
	if l.reg == "" {
		l.reg = fmt.Sprintf("%s.Linked(%#x)", l.e.Import(lift.Package), uint32(inits.LinkedBy(l.imports())))
	}
	return l.reg
}

// imports returns the compiled packages that the script's packages
// import.
func (l *linker) imports() []string {
	script := l.p.Script
	if script == nil {
		script = []*types.Package{l.p.Types}
	}
	own := map[*types.Package]bool{}
	for _, s := range script {
		own[s] = true
	}
	var paths []string
	for _, s := range script {
		for _, imp := range s.Imports() {
			if !own[imp] {
				paths = append(paths, imp.Path())
			}
		}
	}
	return paths
}

// isRegistryFunc reports whether obj is one of registryFuncs.
func isRegistryFunc(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	return ok && fn.Pkg() != nil && fn.Type().(*types.Signature).Recv() == nil && registryFuncs()[fn.Pkg().Path()+"."+fn.Name()]
}
