package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter keeps a script's value stored as an interface of Go's
// library (error, io.Reader) in a wrapper whose fields are functions, so
// comparing two such interfaces that both hold a script's value panicked
// ("comparing uncomparable type interp._error"), where Go compares the
// values: err == ErrTooBig, with var ErrTooBig error = limitErr{64}. This
// pass makes such a comparison a call of lift.Equal, which takes the
// values out of their wrappers and compares them as Go does, keeping the
// columns:
//
//	if err == ErrTooBig {   =>   if _sl1.Equal(/*line :9:5*/err, ErrTooBig)/*line :9:21*/ {
//
// It does so where both operands are interfaces, one of Go's library with
// methods, neither the nil literal, in a package that declares a type
// implementing that interface, and where an error is compared with a
// value or pointer of an error type of the script, which a wrapper is
// never equal to, written as lift.Self of it with the name of its type
// (the interpreter makes type Status int an int):
//
//	err == NotFound   =>   _sl1.Equal(/*line :9:5*/err ,  _sl1.Self("main.Status", /*line :9:12*/NotFound))/*line :9:20*/
//
// A comparison of a value of an interface with methods that the script
// declares (a Shape), but with nil, is written so as well, and one of
// structs or arrays that hold such an interface (see holdsWrapped), and one of an
// empty interface with an interface or a value of a type with methods
// that the script declares (see heldInAny). errors.Is with
// operands of the first two kinds becomes lift.ErrorsIs. The cases of a
// switch statement that compare so are pass ifaceswitch's.

func ifaceEqual(p *Package, f *ast.File, e *Editor) {
	c := newComparer(p, e)
	equal := func(x, y ast.Expr, op token.Pos, neg bool) {
		start, end := p.Fset.Position(x.Pos()), p.Fset.Position(y.End())
		not := ""
		if neg {
			not = "!"
		}
		e.Insert(x.Pos(), fmt.Sprintf("%s%s.Equal(/*line :%d:%d*/", not, e.Import(lift.Package), start.Line, start.Column))
		e.Replace(op, op+2, ", ")
		e.InsertFirst(y.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
		c.named(x) // after the edits around it, which it goes inside
		c.named(y)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && c.compared(n.X, n.Y) {
				equal(n.X, n.Y, n.OpPos, n.Op == token.NEQ)
			}
		case *ast.CallExpr:
			if fn, ok := typeutilCallee(p, n); ok && fn == "errors.Is" && len(n.Args) == 2 && c.comparedErrors(n.Args[0], n.Args[1]) {
				at := p.Fset.Position(n.Fun.End())
				e.Replace(n.Fun.Pos(), n.Fun.End(), fmt.Sprintf("%s.ErrorsIs/*line :%d:%d*/", e.Import(lift.Package), at.Line, at.Column))
			}
		}
		return true
	})
}

// compared reports whether x == y compares values that the interpreter
// may keep in its wrappers, which lift.Equal compares: two interfaces
// (see wrapped), an error and a value or pointer of an error type of
// the script that lift.Self names (see SelfTyped), or a value of an
// interface with methods that the script declares (see scriptInterface)
// and anything but nil.
func (c *comparer) compared(x, y ast.Expr) bool {
	if c.wrapped(x, y) {
		return true
	}
	if scriptInterface(c.p, c.p.Info.TypeOf(x)) || scriptInterface(c.p, c.p.Info.TypeOf(y)) {
		return !isNilLit(c.p, x) && !isNilLit(c.p, y)
	}
	if holdsWrapped(c.p, c.p.Info.TypeOf(x), map[types.Type]bool{}) || c.holdsAny(c.p.Info.TypeOf(x)) {
		return true
	}
	for _, pair := range [][2]ast.Expr{{x, y}, {y, x}} {
		if _, ok := SelfTyped(c.p.Script, c.p.Types, c.p.Info.TypeOf(pair[1])); ok && isErrorInterface(c.p.Info.TypeOf(pair[0])) {
			return true
		}
		if c.heldInAny(pair[0], pair[1]) {
			return true
		}
	}
	return false
}

// comparedTypes is compared for operands of types tx and ty that are
// neither nil nor a variable of Go's library, as a copy of a generic
// function for its instance's types compares two values of a type
// parameter (a == b of an Eq[Shape]), and the body written out for a
// library function compares two elements (slices.Index of a []Shape),
// refusing at at. The interpreter compiles a type parameter's == as the
// instance's own, which compared the wrappers, not what they hold.
func (c *comparer) comparedTypes(at token.Pos, tx, ty types.Type) bool {
	if c.wrappedTypes(at, tx, ty) {
		return true
	}
	if scriptInterface(c.p, tx) || scriptInterface(c.p, ty) || holdsWrapped(c.p, tx, map[types.Type]bool{}) || c.holdsAny(tx) {
		return true
	}
	return c.heldInAnyTypes(tx, ty) || c.heldInAnyTypes(ty, tx)
}

// holdsWrapped reports whether t is a struct or an array type with a
// field or an element of an interface with methods that the script
// declares or writes as a literal (see wrappedInterface), itself or in a
// struct or array it holds: the interpreter keeps such a field's value in
// its wrapper, and its == of two structs compared the wrappers, so that
// Pair{Rect{1, 2}, nil} == Pair{Rect{1, 2}, nil} was false, where
// lift.Equal compares what they hold.
func holdsWrapped(p *Package, t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] || hasTypeParam(t) {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			ft := u.Field(i).Type()
			if wrappedInterface(p, ft) || holdsWrapped(p, ft, seen) {
				return true
			}
		}
	case *types.Array:
		return wrappedInterface(p, u.Elem()) || holdsWrapped(p, u.Elem(), seen)
	}
	return false
}

// heldInAny reports whether x == y compares an empty interface x that may
// hold a script's value in one of the interpreter's wrappers with y, a
// value that may be equal to it: an interface, or a value of a type with
// methods that a package of the script declares. The interpreter keeps a
// script's value stored as an interface with methods (an error, a Shape)
// and then as an empty interface (var a any = err, any(shape), a value
// received from a chan any) in its wrapper, which == found equal to
// nothing. Where the script declares no type with methods, nothing is
// wrapped; a value of Go's library is never equal to a script's value, in
// its wrapper or not.
func (c *comparer) heldInAny(x, y ast.Expr) bool {
	if isNilLit(c.p, x) || isNilLit(c.p, y) || c.librarySentinel(y) {
		return false
	}
	return c.heldInAnyTypes(c.p.Info.TypeOf(x), c.p.Info.TypeOf(y))
}

// heldInAnyTypes is heldInAny for operands of types tx and ty that are
// neither nil nor a variable of Go's library.
func (c *comparer) heldInAnyTypes(tx, ty types.Type) bool {
	if tx == nil || ty == nil || !isEmptyInterface(tx) || isTypeParam(tx) || isTypeParam(ty) {
		return false
	}
	if types.IsInterface(ty) {
		return c.withMethods()
	}
	if ptr, ok := types.Unalias(ty).(*types.Pointer); ok {
		ty = ptr.Elem()
	}
	return scriptMethods(c.p, ty)
}

// withMethods reports whether the script declares a type with methods,
// whose values the interpreter may keep in its wrappers.
func (c *comparer) withMethods() bool {
	for _, tn := range c.types {
		if scriptMethods(c.p, tn.Type()) {
			return true
		}
	}
	return false
}

// isTypeParam reports whether t is a type parameter, whose constraint
// is its underlying interface.
func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// comparedErrors reports whether errors.Is(x, y) compares values that
// the interpreter may keep in its wrappers, which lift.ErrorsIs compares:
// both are stored as error there.
func (c *comparer) comparedErrors(x, y ast.Expr) bool {
	for _, a := range []ast.Expr{x, y} {
		if _, ok := SelfTyped(c.p.Script, c.p.Types, c.p.Info.TypeOf(a)); ok {
			return true
		}
	}
	return c.wrapped(x, y)
}

// named writes x, an operand of a comparison that lift.Equal makes, as
// lift.Self of it where it is a value of an error type of the script,
// whose type the interpreter's value does not say:
//
//	NotFound   =>   _sl1.Self("main.Status", /*line :9:12*/NotFound)
func (c *comparer) named(x ast.Expr) {
	name, ok := SelfTyped(c.p.Script, c.p.Types, c.p.Info.TypeOf(x))
	if !ok || name == "" {
		return
	}
	at := c.p.Fset.Position(x.Pos())
	c.e.Insert(x.Pos(), fmt.Sprintf("%s.Self(%s, /*line :%d:%d*/", c.e.Import(lift.Package), strconv.Quote(name), at.Line, at.Column))
	c.e.InsertFirst(x.End(), ")")
}

// SelfTyped returns the name that lift.Self gives a value of type t, if
// t is an error type that a package of the script (script, or pkg where
// script is empty) declares at the top level, whose values pass errormethods
// gives a method lift.SelfMethod, or a pointer to one: "" for an instance
// of a generic type, whose values lift compares without their names.
func SelfTyped(script []*types.Package, pkg *types.Package, t types.Type) (string, bool) {
	if t == nil || types.IsInterface(t) {
		return "", false
	}
	star := ""
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		star, t = "*", ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) || n.Obj().Pkg() == nil || n.Obj().Parent() != n.Obj().Pkg().Scope() || !hasSelfMethod(n) || Pooled(n.Obj()) {
		return "", false // a type of lift's pool is compiled, and == compares it as Go does
	}
	if n.Obj().Pkg() != pkg && !slices.Contains(script, n.Obj().Pkg()) {
		return "", false
	}
	if SelfName(n.Obj()) == "" {
		return "", true
	}
	return star + SelfName(n.Obj()), true
}

// isErrorInterface reports whether t is the interface error.
func isErrorInterface(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// libraryInterfaceOf returns the interface of t if t is an interface of
// Go's library with methods, whose values of the script the interpreter
// keeps in a wrapper.
func libraryInterfaceOf(p *Package, t types.Type) (*types.Interface, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != nil && interpreted(p, n.Obj().Pkg()) {
		return nil, false
	}
	it, ok := n.Underlying().(*types.Interface)
	return it, ok && it.NumMethods() > 0
}

// isNilLit reports whether x is the predeclared nil.
func isNilLit(p *Package, x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := p.Info.Uses[id].(*types.Nil)
	return isNil
}

// A comparer decides which comparisons of interfaces to write as calls of
// lift.Equal.
type comparer struct {
	p       *Package
	e       *Editor
	types   []*types.TypeName // the types the script declares, but interfaces
	refused map[token.Pos]bool
}

// newComparer returns a comparer of the values of p, in the file that e
// edits.
func newComparer(p *Package, e *Editor) *comparer {
	c := &comparer{p: p, e: e}
	for _, obj := range p.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			c.types = append(c.types, tn)
		}
	}
	for _, s := range p.Script {
		if s == p.Types {
			continue
		}
		for _, name := range s.Scope().Names() {
			if tn, ok := s.Scope().Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
				c.types = append(c.types, tn)
			}
		}
	}
	slices.SortFunc(c.types, func(a, b *types.TypeName) int { return int(a.Pos() - b.Pos()) })
	return c
}

// refuse refuses the comparison at pos, once.
func (c *comparer) refuse(pos token.Pos, format string, args ...any) {
	if c.refused == nil {
		c.refused = map[token.Pos]bool{}
	}
	if !c.refused[pos] {
		c.refused[pos] = true
		c.e.Refuse(pos, format, args...)
	}
}

// wrapped reports whether x == y compares two interfaces that may both
// hold a script's value kept in the interpreter's wrappers, which
// lift.Equal compares. Where one is a variable of Go's library (io.EOF),
// Go's == is right as it is. Where Equal cannot take a value out of its
// wrapper, the comparison is refused: a struct value of a type that is no
// error of the top level (rewrite gives those a method that returns the
// value), or of a type that another implementing type looks like at run
// time (the interpreter keeps no type names), but where both are error
// types of the top level, whose values name their types (lift.Self).
func (c *comparer) wrapped(x, y ast.Expr) bool {
	if isNilLit(c.p, x) || isNilLit(c.p, y) || c.librarySentinel(x) || c.librarySentinel(y) {
		return false
	}
	return c.wrappedTypes(x.Pos(), c.p.Info.TypeOf(x), c.p.Info.TypeOf(y))
}

// wrappedTypes is wrapped for operands of types tx and ty that are neither
// nil nor a variable of Go's library, refusing at at.
func (c *comparer) wrappedTypes(at token.Pos, tx, ty types.Type) bool {
	if tx == nil || ty == nil || !types.IsInterface(tx) || !types.IsInterface(ty) {
		return false
	}
	found := false
	for _, t := range []types.Type{tx, ty} {
		iface, ok := libraryInterfaceOf(c.p, t)
		if !ok {
			continue
		}
		isError := types.Identical(iface, types.Universe.Lookup("error").Type().Underlying())
		forms := map[string]*types.TypeName{}
		for _, tn := range c.types {
			if !types.Implements(tn.Type(), iface) {
				found = found || types.Implements(types.NewPointer(tn.Type()), iface)
				continue
			}
			found = true
			name := tn.Name()
			if tn.Parent() != tn.Pkg().Scope() || !isError {
				if _, isStruct := tn.Type().Underlying().(*types.Struct); isStruct {
					why, instead := "declared inside a function", "declare "+name+" at the top level of the file"
					if !isError {
						why, instead = "no error", "give "+name+"'s methods pointer receivers and store &"+name+"{...}"
					}
					c.refuse(at, "the interpreter keeps a %s stored as %s in a wrapper that holds a field of it, not the struct, so socklab cannot compare two values of %s that may hold one (%s is %s): %s", name, types.TypeString(t, types.RelativeTo(c.p.Types)), types.TypeString(t, types.RelativeTo(c.p.Types)), name, why, instead)
					return false
				}
			}
			key := runtimeKey(tn.Type().Underlying())
			if other, ok := forms[key]; ok {
				if isError && tn.Parent() == tn.Pkg().Scope() && other.Parent() == other.Pkg().Scope() && SelfName(tn) != "" && SelfName(other) != "" {
					continue // both values name their types (lift.Self)
				}
				c.refuse(at, "the interpreter makes %s and %s one type (it keeps no type names), so socklab cannot compare two values of %s that may hold them: give %s or %s a field of its own", other.Name(), name, types.TypeString(t, types.RelativeTo(c.p.Types)), other.Name(), name)
				return false
			}
			forms[key] = tn
		}
	}
	return found
}

// librarySentinel reports whether x names a variable of a package of Go's
// library (io.EOF), which holds none of the script's values.
func (c *comparer) librarySentinel(x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := c.p.Info.Uses[sel.Sel].(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && !interpreted(c.p, v.Pkg())
}

// runtimeKey spells an underlying type as the interpreter makes it at run
// time, for telling which types it makes one: field names exported.
func runtimeKey(t types.Type) string {
	st, ok := t.(*types.Struct)
	if !ok {
		return types.TypeString(t, nil)
	}
	var b strings.Builder
	for i := range st.NumFields() {
		name := st.Field(i).Name()
		b.WriteString(strings.ToUpper(name[:1]) + name[1:] + " " + types.TypeString(st.Field(i).Type(), nil) + ";")
	}
	return "struct{" + b.String() + "}"
}

// typeutilCallee returns "pkg.Func" for a call of a function of an
// imported package.
func typeutilCallee(p *Package, call *ast.CallExpr) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Type().(*types.Signature).Recv() != nil {
		return "", false
	}
	return fn.Pkg().Path() + "." + fn.Name(), true
}

// scriptInterface reports whether t is an interface with methods that the
// script declares, whose values the interpreter keeps in a form of its
// own, which its == never finds equal to a value of another type (it
// stopped with "cannot convert a interp.valueInterface to int") or to the
// same value stored elsewhere (var a, b Shape = Sq(2), Sq(2); a == b was
// false), and which compiled code is handed as the value it holds.
func scriptInterface(p *Package, t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !interpreted(p, n.Obj().Pkg()) {
		return false
	}
	it, ok := n.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// typeString spells t as the package's files spell it.
func (c *comparer) typeString(t types.Type) string {
	return types.TypeString(t, types.RelativeTo(c.p.Types))
}
