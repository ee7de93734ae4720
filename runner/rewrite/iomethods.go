package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
)

// The interpreter hands a script's io.Reader or io.Writer to Go's library
// in a wrapper that has those of the methods the library looks for
// (io.Copy calls WriteTo and ReadFrom, fmt.Fscan ReadRune and UnreadRune,
// encoding/gob ReadByte; net/http Flush and Hijack of an
// http.ResponseWriter) that the script's type has, by name, and fills
// the wrapper's field of each with the script's method: one of another
// form than io's (a document's WriteTo(path string) error) failed there
// (reflect.Set: value of type func(string) error is not assignable),
// where Go hands the value over without it. This pass gives each method
// of those names and of another form than io's that the script declares,
// and each interface method of the script's of that kind, another name
// (WriteTo_), in its declaration and wherever it is named, so that the
// interpreter's wrapper finds none of them; nothing a program prints
// shows a method's name.

// ioMethodForms tells, for each method name that the interpreter's
// wrappers of io.Reader, io.Writer and http.ResponseWriter fill in,
// whether a signature is the library's form of it.
var ioMethodForms = map[string]func(*types.Signature) bool{
	"ReadFrom": func(s *types.Signature) bool {
		return s.Params().Len() == 1 && namedType(s.Params().At(0).Type(), "io", "Reader") && countError(s.Results(), types.Int64)
	},
	"WriteTo": func(s *types.Signature) bool {
		return s.Params().Len() == 1 && namedType(s.Params().At(0).Type(), "io", "Writer") && countError(s.Results(), types.Int64)
	},
	"ReadByte": func(s *types.Signature) bool {
		return s.Params().Len() == 0 && countError(s.Results(), types.Uint8)
	},
	"ReadRune": func(s *types.Signature) bool {
		res := s.Results()
		return s.Params().Len() == 0 && res.Len() == 3 && basicKind(res.At(0).Type(), types.Int32) && basicKind(res.At(1).Type(), types.Int) && isErrorType(res.At(2).Type())
	},
	"UnreadRune": func(s *types.Signature) bool {
		return s.Params().Len() == 0 && s.Results().Len() == 1 && isErrorType(s.Results().At(0).Type())
	},
	// net/http's, which its wrappers of an http.ResponseWriter fill in
	// (an Unwrap of another form is an error's, which stays).
	"Flush": func(s *types.Signature) bool { return s.Params().Len() == 0 && s.Results().Len() == 0 },
	"Hijack": func(s *types.Signature) bool {
		res := s.Results()
		if s.Params().Len() != 0 || res.Len() != 3 {
			return false
		}
		rw, ok := types.Unalias(res.At(1).Type()).(*types.Pointer)
		return ok && namedType(res.At(0).Type(), "net", "Conn") && namedType(rw.Elem(), "bufio", "ReadWriter") && isErrorType(res.At(2).Type())
	},
}

// IOMethodRenamed reports whether fn, a method the script declares (or an
// interface method of the script's), is one pass iomethods names anew: of
// a name the interpreter's wrappers of io.Reader and io.Writer fill in,
// and of another form than io's.
func IOMethodRenamed(fn *types.Func) bool {
	form := ioMethodForms[fn.Name()]
	return form != nil && !form(fn.Type().(*types.Signature))
}

// methodText returns the name by which rewritten source calls obj, a
// method (the one pass iomethods gives it, or its own).
func methodText(p *Package, obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok && ioOwnRenamed(p, fn) {
		return ioRenamed(p, fn.Name())
	}
	return obj.Name()
}

// ioOwnRenamed reports whether fn is a method of a package of the script
// that pass iomethods names anew.
func ioOwnRenamed(p *Package, fn *types.Func) bool {
	if fn.Type().(*types.Signature).Recv() == nil {
		return false
	}
	fn = fn.Origin()
	pkg := fn.Pkg()
	return pkg != nil && (pkg == p.Types || slices.Contains(p.Script, pkg)) && IOMethodRenamed(fn)
}

func ioMethods(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || ioMethodForms[id.Name] == nil {
			return true
		}
		obj := p.Info.Defs[id]
		if obj == nil {
			obj = p.Info.Uses[id]
		}
		if fn, ok := obj.(*types.Func); ok && ioOwnRenamed(p, fn) {
			// Once every pass has edited the file: a pass that rewrites
			// the text around the name (a go statement's call, which pass
			// gocallee hands to a function of its own) names the method
			// by methodText itself.
			e.Last(func() {
				if !e.editedInside(id.Pos(), id.End()) {
					e.Replace(id.Pos(), id.End(), ioRenamed(p, id.Name)+lineDirective(p, id.End()))
				}
			})
		}
		return true
	})
}

// ioRenamed returns the new name of a method called name: name followed
// by as many underscores as make a name that the script's packages do
// not use.
func ioRenamed(p *Package, name string) string {
	pkgs := append([]*types.Package{p.Types}, p.Script...)
	for n := name + "_"; ; n += "_" {
		if !slices.ContainsFunc(pkgs, func(q *types.Package) bool { return q != nil && usesName(q, n) }) {
			return n
		}
	}
}

// usesName reports whether pkg declares anything called name: at its top
// level, or as a field or method of one of its named types.
func usesName(pkg *types.Package, name string) bool {
	scope := pkg.Scope()
	if scope.Lookup(name) != nil {
		return true
	}
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name); obj != nil {
			return true
		}
	}
	return false
}

// namedType reports whether t is the type name of package path.
func namedType(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// basicKind reports whether t is the basic type of kind k itself.
func basicKind(t types.Type, k types.BasicKind) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == k
}

// isErrorType reports whether t is error.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// countError reports whether res is (n, err) with n of kind k.
func countError(res *types.Tuple, k types.BasicKind) bool {
	return res.Len() == 2 && basicKind(res.At(0).Type(), k) && isErrorType(res.At(1).Type())
}
