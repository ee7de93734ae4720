package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter stores a nil pointer of a script's type, converted to an
// interface of Go's library (error, io.Writer), as a nil interface: Go
// stores the typed nil, so err != nil is true, and compiled code handed it
// calls its methods on the nil pointer (io.Copy(c, r) with a nil *Counter).
// The converter (ifaceconv.go) converts such a pointer, where it can be
// nil (Package.NilPointers), through a function that
// boxes a nil one in a struct of its own, whose methods are those of *T
// and call them on the nil pointer:
//
//	return p   =>   return _ifc1(p)
//	func _ifc1(v *MyErr) error { if v == nil { return _tnil2{} }; return v }
//	type _tnil2 struct{ _tnil2 *MyErr }
//	func (_tnil2) Error() string { return (*MyErr)(nil).Error() }
//
// A box of an error whose *T has no As method has one for errors.As, which
// takes the nil *T out of it as Go does. What the box cannot make exact —
// asserting the interface back to *T, comparing it with a *T — is refused
// by package refuse where the pointer can be nil.

// typedNilBox converts x, a pointer of type t to a type the script
// declares, stored as target, through a function that boxes a nil
// pointer; it reports whether it did, or refused x.
func (c *converter) typedNilBox(x ast.Expr, t, target types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok || !c.mayBeNil(x) {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != c.p.Types || n.TypeArgs().Len() > 0 || n.TypeParams().Len() > 0 {
		return false
	}
	from, ok1 := c.boxTypeName(t)
	to, ok2 := c.boxTypeName(target)
	box, ok3 := c.nilBox(n, from)
	if !ok1 || !ok2 || !ok3 {
		c.e.Refuse(x.Pos(), "a nil %s stored as %s is not nil under Go, but the interpreter makes it nil, and socklab cannot keep it here as Go does, as %s or a method of it names a type this file cannot: test it against nil first (if p != nil { ... }), or declare the type at the top level of a file that imports what its methods name", types.TypeString(t, types.RelativeTo(c.p.Types)), types.TypeString(target, types.RelativeTo(c.p.Types)), types.TypeString(t, types.RelativeTo(c.p.Types)))
		return true
	}
	key := "box " + from + " " + to
	name, ok := c.helpers[key]
	if !ok {
		name = c.e.Name(c.fileHint("ifc"))
		c.helpers[key] = name
		c.e.Append("func " + name + "(v " + from + ") " + to + " { if v == nil { return " + box + "{} }; return v }")
	}
	c.e.Insert(x.Pos(), name+"(")
	c.e.InsertFirst(x.End(), ")")
	return true
}

// mayBeNil reports whether x can be nil where it is converted, by the
// package's NilPointers.
func (c *converter) mayBeNil(x ast.Expr) bool { return c.p.NilPointers[x.Pos()] }

// nilBox returns the name of the box type of n, spelt ptr in the file,
// declaring it the first time: a struct whose methods are those of *n,
// called on a nil *n.
func (c *converter) nilBox(n *types.Named, ptr string) (string, bool) {
	key := "nil " + ptr
	if name, ok := c.helpers[key]; ok {
		return name, name != ""
	}
	c.helpers[key] = ""
	name := c.e.Name(c.fileHint("tnil"))
	var b strings.Builder
	// A field of its own, as the interpreter makes struct types of the
	// same fields one type: an empty box would be T{} where T is empty.
	b.WriteString("type " + name + " struct{ " + name + " " + ptr + " }")
	ms := types.NewMethodSet(types.NewPointer(n))
	hasAs := false
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !fn.Exported() && fn.Pkg() != c.p.Types {
			return "", false
		}
		if fn.Name() == "As" {
			hasAs = true
		}
		sig := fn.Type().(*types.Signature)
		var params, args []string
		for j := range sig.Params().Len() {
			pt := sig.Params().At(j).Type()
			dots := ""
			if sig.Variadic() && j == sig.Params().Len()-1 {
				pt = pt.(*types.Slice).Elem()
				dots = "..."
			}
			s, ok := c.boxTypeName(pt)
			if !ok {
				return "", false
			}
			a := "a" + strconv.Itoa(j)
			params = append(params, a+" "+dots+s)
			args = append(args, a+dots)
		}
		var results []string
		for j := range sig.Results().Len() {
			s, ok := c.boxTypeName(sig.Results().At(j).Type())
			if !ok {
				return "", false
			}
			results = append(results, s)
		}
		call := "(" + ptr + ")(nil)." + fn.Name() + "(" + strings.Join(args, ", ") + ")"
		if len(results) > 0 {
			call = "return " + call
		}
		res := ""
		if len(results) > 0 {
			res = " (" + strings.Join(results, ", ") + ")"
		}
		b.WriteString("; func (" + name + ") " + fn.Name() + "(" + strings.Join(params, ", ") + ")" + res + " { " + call + " }")
	}
	for _, m := range errorMethodList() {
		if hasErrorMethod(c.p, types.NewPointer(n), m) {
			// the own method that the errormethods pass gives *n, for the
			// errors package's wrappers (lift.ErrorWrappers) to call
			b.WriteString("; func (" + name + ") " + m.own + "(" + m.params + ") " + m.result + " { return (" + ptr + ")(nil)." + m.name + "(" + m.call + ") }")
		}
	}
	if isError(types.NewPointer(n)) {
		// the nil *n, with the name of its type, for lift.Equal to compare
		b.WriteString("; func (" + name + ") " + lift.SelfMethod + "() any { return " + c.e.Import(lift.Package) + ".Self(" + strconv.Quote("*"+SelfName(n.Obj())) + ", (" + ptr + ")(nil)) }")
	}
	if !hasAs && isError(types.NewPointer(n)) {
		// errors.As takes the nil *n out of the box, as Go takes it out of
		// the interface; the lift calls the method of socklab's name.
		for _, m := range errorMethodList() {
			if m.name == "As" {
				b.WriteString("; func (" + name + ") " + m.own + "(target any) bool { if t, ok := target.(*" + ptr + "); ok { *t = nil; return true }; return false }")
			}
		}
		b.WriteString("; func (" + name + ") As(target any) bool { if t, ok := target.(*" + ptr + "); ok { *t = nil; return true }; return false }")
	}
	if NilBoxFormats(n) {
		// fmt prints the box as it prints the nil *n: <nil> where the
		// method it calls panics on the nil receiver
		method := "nil"
		if m := nilPrintMethod(n); m != "" {
			method = "func() string { return (" + ptr + ")(nil)." + m + "() }"
		}
		b.WriteString("; func (" + name + ") Format(f " + c.e.ImportLibrary("fmt") + ".State, verb rune) { " + c.e.Import(lift.Package) + ".NilFormat(f, verb, " + method + ", " + strconv.Quote("*"+n.Obj().Pkg().Name()+"."+n.Obj().Name()) + ") }")
	}
	c.e.Append(b.String())
	c.helpers[key] = name
	return name, true
}

// NilBoxFormats reports whether the box of a nil *n (see nilBox) prints
// as fmt prints the nil pointer, through a Format method of its own
// (lift.NilFormat): where *n has no Format or GoString method, which fmt
// would call on the nil pointer, nor an Unwrap or Is method, whose
// wrappers in the interpreter (lift.ErrorWrappers) have no Format.
func NilBoxFormats(n *types.Named) bool {
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, m := range []string{"Format", "GoString", "Unwrap", "Is"} {
		if ms.Lookup(nil, m) != nil {
			return false
		}
	}
	return true
}

// nilPrintMethod returns the method fmt calls to print a *n, Error or
// String, or "" for neither.
func nilPrintMethod(n *types.Named) string {
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, name := range []string{"Error", "String"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return name
		}
	}
	return ""
}

// returned boxes each result of ret that is a pointer of a script's type
// returned as an interface of Go's library, and converts one of an
// interface the script declares returned as an empty interface (see
// nilAny); a return needs no other conversion (see ifaceConv).
func (c *converter) returned(ret *ast.ReturnStmt) {
	var ft *ast.FuncType
	for i := len(c.stack) - 1; i >= 0 && ft == nil; i-- {
		switch s := c.stack[i].(type) {
		case *ast.FuncLit:
			ft = s.Type
		case *ast.FuncDecl:
			ft = s.Type
		}
	}
	if ft == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, fld := range ft.Results.List {
		t := c.p.Info.TypeOf(fld.Type)
		for range max(1, len(fld.Names)) {
			results = append(results, t)
		}
	}
	if len(results) != len(ret.Results) {
		return
	}
	for i, x := range ret.Results {
		t := c.p.Info.TypeOf(x)
		if c.nilAny(x, t, results[i]) {
			continue
		}
		if t == nil || results[i] == nil || !c.libraryInterface(results[i]) || types.IsInterface(t) || !c.scriptValue(t) || hasTypeParam(t) {
			continue
		}
		c.typedNilBox(x, t, results[i])
	}
}

// fileHint makes hint, a name for Editor.Name, one of this file's among
// the package's files, whose names Editor.Name does not know: the boxes of
// two files of a package would be declared twice.
func (c *converter) fileHint(hint string) string {
	for i, f := range c.p.Files {
		if f == c.f && i > 0 {
			return hint + strconv.Itoa(i) + "_"
		}
	}
	return hint
}

// boxTypeName spells t in the file, as typeName does, importing a compiled
// package that the file does not import but t names (io.Writer handed to
// bufio.NewWriter in a file that never says io).
func (c *converter) boxTypeName(t types.Type) (string, bool) {
	if name, ok := typeName(c.p, c.f, t, true); ok {
		return name, true
	}
	if localTypes(c.p, t, map[types.Type]bool{}) {
		return "", false
	}
	names := importNames(c.p, c.f)
	name := types.TypeString(t, func(pkg *types.Package) string {
		if pkg == c.p.Types {
			return ""
		}
		if n, ok := names[pkg.Path()]; ok {
			return n
		}
		if !slices.Contains(c.p.Script, pkg) {
			// a package of Go's library that the file does not import (time,
			// for net.Conn's SetDeadline): the interpreter needs its table too
			return c.e.ImportLibrary(pkg.Path())
		}
		return c.e.Import(pkg.Path())
	})
	return name, !strings.Contains(name, "invalid type")
}
