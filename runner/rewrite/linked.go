package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/inits"
	"github.com/socklab/socklab/runner/lift"
)

// A Go build of a script links the packages it imports, and theirs, and
// runs only their initialisers; image/gif, image/jpeg and image/png
// register their decoders with image, crypto/md5, sha1, sha256, sha512 and
// sha3 their hashes with crypto (inits.Linked). socklab's binary links
// them all, so image.Decode would decode a GIF and crypto.SHA256.New()
// make a hash where a Go build of the script answers "image: unknown
// format" or panics. This pass hands what reads those registries to a
// lift.Registry of the registrars the script's Go build links (its
// imports and their dependencies, a constant of the rewritten text), and
// what writes them too, for the script's own registrations:
//
//	image.Decode(r)       =>   sl.Linked(0xa0).Decode(r)
//	crypto.SHA256.New()   =>   sl.Linked(0x4).Hash((crypto.SHA256)).New()
//	crypto.Hash.New       =>   sl.Linked(0x4).HashNew
//
// A crypto.Hash's other methods answer without its registration.
func init() { register(Pass{Name: "linked", Run: linked}) }

// registryFuncs are the functions of Go's library that read or write the
// registries, by package and name.
var registryFuncs = map[string]bool{
	"image.Decode": true, "image.DecodeConfig": true, "image.RegisterFormat": true,
	"crypto.RegisterHash": true,
}

func linked(p *Package, f *ast.File, e *Editor) {
	l := &linker{p: p, e: e}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
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
			if sel := p.Info.Selections[n]; sel != nil && isHashMethod(sel.Obj()) {
				call, ok := stack[len(stack)-1].(*ast.CallExpr)
				l.hashMethod(n, sel, ok && call.Fun == n)
			}
		case *ast.Ident: // a name of a dot import
			if isRegistryFunc(p.Info.Uses[n]) {
				e.Insert(n.Pos(), l.registry()+"."+directive(p, n.Pos()))
			}
		case *ast.InterfaceType:
			l.hashInterface(n)
		}
		return true
	})
}

// linker rewrites the uses of the registries in one file.
type linker struct {
	p      *Package
	e      *Editor
	reg    string     // the text of the file's Registry, once made
	hash   types.Type // crypto.Hash, where the package's values have it
	looked bool       // whether hash was looked for
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
	return ok && fn.Pkg() != nil && fn.Type().(*types.Signature).Recv() == nil && registryFuncs[fn.Pkg().Path()+"."+fn.Name()]
}

// isHashMethod reports whether obj is crypto.Hash's Available or New.
func isHashMethod(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "crypto" || fn.Name() != "Available" && fn.Name() != "New" {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	return recv != nil && isCryptoHash(recv.Type())
}

// isCryptoHash reports whether t is crypto.Hash.
func isCryptoHash(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "crypto" && n.Obj().Name() == "Hash"
}

// hashMethod hands the crypto.Hash whose Available or New sel selects to
// the Registry: the receiver x becomes the registry's Hash(x), whose
// method of the same name answers for the Go build; a method expression
// becomes the registry's method value of the same type.
func (l *linker) hashMethod(x *ast.SelectorExpr, sel *types.Selection, called bool) {
	name := x.Sel.Name
	if sel.Kind() == types.MethodExpr {
		text := l.e.Text(x.Pos(), x.End())
		if len(sel.Index()) != 1 || !isCryptoHash(l.p.Info.TypeOf(x.X)) || strings.ContainsAny(text, "\n\r") {
			l.e.Refuse(x.Pos(), "socklab answers %s as a Go build of this script does only on a crypto.Hash: write func(h crypto.Hash) %s { return h.%s() }", text, resultText(name), name)
			return
		}
		l.e.Replace(x.Pos(), x.End(), l.registry()+".Hash"+name+directive(l.p, x.End()))
		return
	}
	// The receiver's path to the crypto.Hash, through embedded fields.
	t := l.p.Info.TypeOf(x.X)
	var path strings.Builder
	for _, i := range sel.Index()[:len(sel.Index())-1] {
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		field := t.Underlying().(*types.Struct).Field(i)
		path.WriteString("." + field.Name())
		t = field.Type()
	}
	star := ""
	if _, ok := t.Underlying().(*types.Pointer); ok {
		star = "*"
	}
	if !called {
		if strings.ContainsAny(l.e.Text(x.X.End(), x.End()), "\n\r") {
			l.e.Refuse(x.Sel.Pos(), "socklab answers the method value %s as a Go build of this script does only written on one line: write %s on the line of its receiver", x.Sel.Name, "."+x.Sel.Name)
			return
		}
		l.e.Insert(x.X.Pos(), l.registry()+"."+name+"Func("+star+"("+directive(l.p, x.X.Pos()))
		l.e.Replace(x.X.End(), x.End(), ")"+path.String()+")"+directive(l.p, x.End()))
		return
	}
	l.e.Insert(x.X.Pos(), l.registry()+".Hash("+star+"("+directive(l.p, x.X.Pos()))
	l.e.Insert(x.X.End(), ")"+path.String()+")"+directive(l.p, x.X.End()))
}

// resultText is the result type of crypto.Hash's method name.
func resultText(name string) string {
	if name == "New" {
		return "hash.Hash"
	}
	return "bool"
}

// hashInterface refuses an interface type with crypto.Hash's Available
// or New, in a package that has crypto.Hash values: a crypto.Hash, or a
// type that embeds one (whose methods pass promoted writes out as calls of
// the hash's), may be stored in it, and the call through the interface
// reaches crypto's method itself, which answers for socklab's binary.
func (l *linker) hashInterface(it *ast.InterfaceType) {
	iface, ok := l.p.Info.TypeOf(it).(*types.Interface)
	if !ok || iface.NumMethods() == 0 || l.hashType() == nil {
		return
	}
	for m := range iface.Methods() {
		hashMethod, _, _ := types.LookupFieldOrMethod(l.hashType(), false, nil, m.Name())
		if isHashMethod(hashMethod) && types.Identical(hashMethod.Type(), m.Type()) {
			l.e.Refuse(it.Pos(), "socklab answers crypto.Hash's %s as a Go build of this script does only when it is called on the crypto.Hash itself, not through an interface: call h.%s() on the hash", m.Name(), m.Name())
			return
		}
	}
}

// hashType returns crypto.Hash where the package's expressions have it,
// and nil otherwise.
func (l *linker) hashType() types.Type {
	if !l.looked {
		l.looked = true
		for _, tv := range l.p.Info.Types {
			if tv.Type != nil && isCryptoHash(tv.Type) {
				l.hash = tv.Type
				break
			}
		}
	}
	return l.hash
}
