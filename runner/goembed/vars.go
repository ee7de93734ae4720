package goembed

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/embedfs"
)

// Vars checks the variables of the package's //go:embed directives, as
// the compiler does once the package type-checks, and returns each with
// its files, in the order of the files' declarations. Its error lists the
// compiler's errors: first a variable the directive cannot apply to (in a
// file without import "embed", of several names, with an initializer,
// inside a function), then, where there is none, one of another type than
// string, []byte and embed.FS, or a string or []byte with more than one
// file. An embed.FS where this Go release lays it out otherwise than
// package embedfs builds it is refused, in socklab's words.
func (p *Package) Vars(fset *token.FileSet, info *types.Info) ([]Var, error) {
	specs := p.specs()
	var errs []error
	for _, spec := range specs {
		d := p.vars[spec][0]
		var msg string
		switch {
		case !d.embeds:
			msg = `go:embed requires import "embed" (or import _ "embed", if package is not used)`
		case len(spec.Names) > 1:
			msg = "go:embed cannot apply to multiple vars"
		case len(spec.Values) > 0:
			msg = "go:embed cannot apply to var with initializer"
		case spec.Type == nil:
			msg = "go:embed cannot apply to var without type"
		case p.inFunc[spec]:
			msg = "go:embed cannot apply to var inside func"
		default:
			continue
		}
		errs = append(errs, goError(fset, d.pos, msg))
	}
	if len(errs) > 0 {
		return nil, joined(errs)
	}
	var out []Var
	for _, spec := range specs {
		name := spec.Names[0]
		obj := info.Defs[name]
		if obj == nil {
			continue
		}
		typ := obj.Type()
		qualifier := types.RelativeTo(obj.Pkg())
		v := Var{Spec: spec, Kind: kindOf(typ)}
		if v.Kind == 0 {
			errs = append(errs, goError(fset, name.Pos(), "go:embed cannot apply to var of type "+types.TypeString(typ, qualifier)))
			continue
		}
		v.Files = p.filesOf(spec, v.Kind)
		if v.Kind != FS && len(v.Files) > 1 {
			errs = append(errs, goError(fset, name.Pos(), "invalid go:embed: multiple files for type "+types.TypeString(typ, qualifier)))
			continue
		}
		if v.Kind == FS {
			if err := layout(); err != nil {
				errs = append(errs, fmt.Errorf("%s: socklab cannot give %s its files: %v; read them when the program starts instead, from os.DirFS(%q)", fset.Position(name.Pos()), name.Name, err, folderOf(v.Files)))
				continue
			}
		}
		out = append(out, v)
	}
	if len(errs) > 0 {
		return nil, joined(errs)
	}
	return out, nil
}

// specs returns the package's variables with directives, in the order of
// their files and positions.
func (p *Package) specs() []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, f := range p.files {
		var inFile []*ast.ValueSpec
		for spec := range p.vars {
			if spec.Pos() >= f.FileStart && spec.Pos() <= f.FileEnd {
				inFile = append(inFile, spec)
			}
		}
		slices.SortFunc(inFile, func(a, b *ast.ValueSpec) int { return int(a.Pos() - b.Pos()) })
		out = append(out, inFile...)
	}
	return out
}

// kindOf is what a variable of type t holds, or 0 where //go:embed does
// not apply to it: the compiler takes embed.FS by name, a string and a
// []byte by their underlying types.
func kindOf(t types.Type) Kind {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Name() == "FS" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "embed" {
		return FS
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String {
			return String
		}
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Uint8 {
			return Bytes
		}
	}
	return 0
}

// filesOf returns the files of spec's patterns, and for an FS the folders
// above them, sorted as the compiler writes them.
func (p *Package) filesOf(spec *ast.ValueSpec, kind Kind) []File {
	have := map[string]bool{}
	var out []File
	for _, d := range p.vars[spec] {
		for _, pattern := range d.patterns {
			for _, name := range p.patterns[pattern] {
				if !have[name] {
					have[name] = true
					out = append(out, File{Name: name, Data: p.data[name]})
				}
				if kind != FS {
					continue
				}
				for dir := pathDir(name); dir != "." && !have[dir+"/"]; dir = pathDir(dir) {
					have[dir+"/"] = true
					out = append(out, File{Name: dir + "/"})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b File) int { return embedfs.Compare(a.Name, b.Name) })
	return out
}

func pathDir(name string) string {
	i := strings.LastIndexByte(name, '/')
	if i < 0 {
		return "."
	}
	return name[:i]
}

// layout checks that package embedfs can build an embed.FS in this Go
// release (a test stands in a failing one).
var layout = embedfs.Layout

// folderOf names the top folder of the first of files ("." for a file of
// the package's own folder), for a refusal's advice.
func folderOf(files []File) string {
	if len(files) == 0 {
		return "."
	}
	top, _, found := strings.Cut(files[0].Name, "/")
	if !found {
		return "."
	}
	return top
}
