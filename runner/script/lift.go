package script

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"io/fs"
	"maps"
	"os"
	"path/filepath"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/goembed"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/lift/rpcserve"
	"github.com/socklab/socklab/runner/rewrite"
	"github.com/socklab/socklab/runner/typecheck"
)

// A sourceFile is a file of the script as read from disk.
type sourceFile struct {
	path  string // the real path
	src   []byte
	moved bool // src is the text read with types moved to the top level (see hoistTypes)
}

// sourceFiles are the parsed files of a script and its local packages.
type sourceFiles map[*ast.File]sourceFile

// lift rewrites the type-checked packages for the interpreter (see
// package rewrite) and returns the new text of each file that changed,
// keyed by its real path, for sourceFS to serve, with what diag needs to
// report a panic in each. nilPointers holds each package's
// refuse.NilPointers, found while it was checked, and embedded its
// variables that //go:embed gives files; hints, if not nil,
// collects the receive sites marked for the stall hints. library lists the
// packages of Go's library that the rewritten files import where the
// script does not.
func (s sourceFiles) lift(fset *token.FileSet, pkgs []*typecheck.Package, nilPointers map[*types.Package]map[token.Pos]bool, embedded map[*types.Package][]goembed.Var, hints *hint.Sites) (r rewritten, library []string, err error) {
	r = rewritten{files: map[string][]byte{}, facts: map[string]*diag.Facts{}, poolNames: map[string]string{}, sites: hints}
	own := map[*types.Package]bool{}
	var script []*types.Package
	for _, p := range pkgs {
		own[p.Types] = true
		script = append(script, p.Types)
	}
	for _, p := range pkgs {
		for _, f := range p.Files {
			r.facts[s[f].path] = diag.NewFacts(fset, f, s[f].src, p.Info, func(t *types.Package) bool { return own[t] })
		}
	}
	for _, p := range pkgs {
		rp := &rewrite.Package{Fset: fset, Files: p.Files, Src: map[*ast.File][]byte{}, Types: p.Types, Info: p.Info, Script: script,
			NilPointers: nilPointers[p.Types], Embeds: embedded[p.Types], Paths: map[*ast.File]string{}, Hints: hints}
		for _, q := range pkgs {
			if q != p {
				rp.Peers = append(rp.Peers, rewrite.Checked{Files: q.Files, Types: q.Types, Info: q.Info})
			}
		}
		for _, f := range p.Files {
			rp.Src[f] = s[f].src
			if abs, err := filepath.Abs(s[f].path); err == nil {
				rp.Paths[f] = abs
			}
		}
		changed, err := rewrite.Apply(rp)
		if err != nil {
			return r, nil, err
		}
		library = append(library, rp.Library...)
		maps.Copy(r.poolNames, rewrite.PoolNames(rp))
		for _, f := range p.Files {
			if src, ok := changed[f]; ok {
				r.files[s[f].path] = src
			} else if s[f].moved {
				r.files[s[f].path] = s[f].src
			}
		}
	}
	return r, library, nil
}

// rewrittenFile is a rewritten source file, open for the interpreter.
type rewrittenFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func openRewritten(path string, src []byte) (fs.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	return &rewrittenFile{bytes.NewReader(src), sizedInfo{fi, int64(len(src))}}, nil
}

func (f *rewrittenFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *rewrittenFile) Close() error               { return nil }

// sizedInfo is a file's information with the size of its rewritten text.
type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (i sizedInfo) Size() int64 { return i.size }

// liftSymbols are the packages that rewritten source imports for the
// functions of runner/lift it calls (see package rewrite), and
// runner/lift/rpcserve, net/rpc's server for the script's services.
func liftSymbols() exports {
	syms := lift.Symbols()
	maps.Copy(syms, rpcserve.Symbols())
	return syms
}

// namedPool is the table of the types of lift's pool of named types (see
// lift.Named) that the rewritten files use.
func namedPool(rewritten map[string][]byte) exports {
	var srcs [][]byte
	for _, src := range rewritten {
		srcs = append(srcs, src)
	}
	return lift.NamedSymbols(srcs...)
}
