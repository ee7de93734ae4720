package rewrite

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A value of a type the script declares, or a pointer to one, held in an
// empty interface (returned as any, received from a chan any, kept in a
// sync.Map or an []any), is not an error nor a fmt.Stringer to the
// interpreter's assertion, though its methods make it one: its comma-ok
// assertion to an interface of Go's library was false, and a type
// switch's case error fell to default, where Go matches. Its comma-ok
// assertion to the script's own type answers right (ShownThroughAny), and
// a value of that type converted to the interface inside the interpreter
// keeps its methods. So an assertion from an empty interface to an
// interface of Go's library, comma-ok (pass nilassert) or a type switch's
// case (pass typeswitch), asks a function of the file's own, declared
// after its last line, first for each such type that implements the
// interface, and returns the value found as the interface:
//
//	e, ok := r.(error)   =>   e, ok := _slAs1(r)
//	func _slAs1(x any) (error, bool) { if x == nil { return nil, false }; if v, ok := x.(SyntaxError); ok { return v, true }; if v, ok := x.(*SyntaxError); ok && v != nil { return v, true }; v, ok := x.(error); return v, ok }
//
// A value of a type whose pointer alone implements the interface, which
// the interpreter's assertion gives the pointer's methods, is answered
// false; a nil pointer is left to the interpreter's own assertion, which
// the function asks last, as every value of Go's library. The types that
// HeldLifted does not return (declared inside a function, generic, of a
// runtime form another type of the package shares) runner/refuse refuses
// where the operand may hold them.

// HeldLifted returns the types that a comma-ok assertion or type switch
// case from an empty interface to iface, an interface of Go's library
// with methods, asks for first in a package of files, pkg and info: those
// of ShownThroughAny that pkg declares and the interpreter tells apart
// from every other type of the package's values by their runtime form,
// not only in its wrapper. match are those that implement iface; miss
// are values of a type whose pointer alone implements it, which the
// interpreter's assertion finds the pointer's methods for, where Go's
// does not match. Both are nil where iface is no such interface.
func HeldLifted(files []*ast.File, pkg *types.Package, info *types.Info, iface types.Type) (match, miss []types.Type) {
	return heldLifted(ShownThroughAny(files, pkg, info), pkg, iface)
}

func heldLifted(shown []AnyCase, pkg *types.Package, iface types.Type) (match, miss []types.Type) {
	it, ok := heldInterface(pkg, iface)
	if !ok {
		return nil, nil
	}
	for _, c := range shown {
		if c.Wrapped || caseType(c).Pkg() != pkg {
			continue
		}
		if types.Implements(c.Type, it) {
			match = append(match, c.Type)
		} else if _, ptr := c.Type.(*types.Pointer); !ptr && types.Implements(types.NewPointer(c.Type), it) {
			miss = append(miss, c.Type)
		}
	}
	return match, miss
}

// heldInterface returns the interface of t where t is a named interface
// with methods: one that pkg does not declare (error, fmt.Stringer,
// io.Reader), or one that pkg declares at its top level without type
// parameters (Shape), whose assertion the interpreter never answers for
// a value of the script's held in an empty interface.
func heldInterface(pkg *types.Package, t types.Type) (*types.Interface, bool) {
	if t == nil {
		return nil, false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == pkg && (n.Obj().Parent() != pkg.Scope() || n.TypeParams().Len() > 0) {
		return nil, false
	}
	it, ok := n.Underlying().(*types.Interface)
	return it, ok && it.NumMethods() > 0
}

// heldAsFunc returns the name of the file's function that asserts a value
// of the empty interface x to the interface to of Go's library, asking
// first for the types HeldLifted returns, declaring it the first time; ""
// where x is no empty interface or there are no such types.
func heldAsFunc(p *Package, f *ast.File, e *Editor, x, to types.Type) string {
	if x == nil || isTypeParam(x) || !isEmptyInterface(x) {
		return ""
	}
	if e.heldShown == nil {
		shown := ShownThroughAny(p.Files, p.Types, p.Info)
		e.heldShown = &shown
	}
	iface, ok := typeName(p, f, to, true)
	if !ok {
		return ""
	}
	var asks []string
	ask := func(c types.Type, then string) {
		name, ok := typeName(p, f, c, true)
		if !ok {
			return
		}
		operand := "x"
		if heldCase(p, x, c) {
			operand = heldOpen(e) + "x))"
		}
		cond := "ok"
		if _, ptr := c.(*types.Pointer); ptr && then != "" {
			cond = "ok && v != nil"
		}
		if then == "" {
			asks = append(asks, "if _, ok := "+assertExact(p, e, operand, c, name)+"; ok { return nil, false }")
			return
		}
		asks = append(asks, "if v, ok := "+assertExact(p, e, operand, c, name)+"; "+cond+" { return "+then+", true }")
	}
	match, miss := heldLifted(*e.heldShown, p.Types, to)
	for _, c := range match {
		ask(c, "v")
	}
	if len(asks) == 0 {
		return ""
	}
	for _, c := range miss {
		ask(c, "")
	}
	if fn, ok := e.heldAs[iface]; ok {
		return fn
	}
	if e.heldAs == nil {
		e.heldAs = map[string]string{}
	}
	fn := e.Name("slAs")
	e.heldAs[iface] = fn
	tail := "v, ok := x.(" + iface + "); return v, ok"
	if n := types.Unalias(to).(*types.Named); n.Obj().Pkg() == p.Types {
		// the interpreter's failed assertion to the script's own
		// interface gives a value that is not nil
		tail = "if v, ok := x.(" + iface + "); ok { return v, true }; return nil, false"
	}
	e.Append("func " + fn + "(x any) (" + iface + ", bool) { if x == nil { return nil, false }; " + strings.Join(asks, "; ") + "; " + tail + " }")
	return fn
}

// An assertion of one value from an empty interface to an interface of
// Go's library (s := v.(fmt.Stringer)) asks heldAsFunc's function in a
// function literal of its own; where that finds none, a value of a type
// whose pointer alone implements the interface panics with Go's message,
// and anything else is the interpreter's own assertion, which fails as
// it did, at the assertion's line:
//
//	s := v.(fmt.Stringer)   =>   s := func(_ha any) fmt.Stringer { if v, ok := _slAs1(_ha); ok { return v }; ...; return /*line :9:8*/_ha.(fmt.Stringer) }(/*line :9:7*/v)/*line :9:23*/

func heldAssertOne(p *Package, f *ast.File, e *Editor) {
	commaOK := commaOKAssertions(f)
	lifted := AssertionLifts(p.Fset, p.Info, p.Script, p.Types, []*ast.File{f})
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.TypeAssertExpr)
		if !ok || a.Type == nil || commaOK[a] {
			return true
		}
		if _, ok := lifted[a]; ok {
			return true // pass ifassert's
		}
		to := p.Info.TypeOf(a.Type)
		fn := heldAsFunc(p, f, e, p.Info.TypeOf(a.X), to)
		if fn == "" {
			return true
		}
		iface, _ := typeName(p, f, to, true)
		at := lineDirective(p, a.Lparen-1)
		var misses []string
		for _, c := range heldFailing(*e.heldShown, p.Types, to) {
			name, ok := typeName(p, f, c, true)
			if !ok {
				continue
			}
			operand := "_ha"
			if heldCase(p, p.Info.TypeOf(a.X), c) {
				operand = heldOpen(e) + "_ha))"
			}
			msg := "interface conversion: " + runtimeName(c) + " is not " + runtimeIface(to) + ": missing method " + missingMethod(c, to)
			misses = append(misses, "if _, ok := "+assertExact(p, e, operand, c, name)+"; ok { "+at+"panic("+e.Import(lift.Package)+".ConversionError("+strconv.Quote(msg)+")) }; ")
		}
		methods := []string{strconv.Quote(runtimeIface(to))}
		for _, m := range methodSet(to) {
			methods = append(methods, strconv.Quote(m))
		}
		misses = append(misses, "if v, ok := _ha.("+iface+"); ok { return v }; if m := "+e.Import(lift.Package)+".AssertionError(_ha, "+strings.Join(methods, ", ")+"); m != \"\" { "+at+"panic("+e.Import(lift.Package)+".ConversionError(m)) }; ")
		nilMsg := strconv.Quote("interface conversion: interface is nil, not " + runtimeIface(to))
		open, closing := "", ""
		if wrappedInterface(p, to) {
			// converted again, as pass ifaceconv converts an argument
			// that a call returns (resultArg): handed on as the
			// function literal's result, the value lost its methods
			open, closing = "("+iface+")(", ")"
		}
		e.Insert(a.X.Pos(), open+"func(_ha any) "+iface+" { if _ha == nil { "+at+"panic("+e.Import(lift.Package)+".ConversionError("+nilMsg+")) }; if v, ok := "+fn+"(_ha); ok { return v }; "+strings.Join(misses, "")+"return "+at+"_ha.("+iface+") }("+lineDirective(p, a.X.Pos()))
		e.Replace(a.X.End(), a.End(), ")"+closing+lineDirective(p, a.End()))
		return true
	})
}

// missingMethod returns the first method of the interface to, by name,
// that a value of t lacks: the one Go's message of a failed assertion
// names.
func missingMethod(t, to types.Type) string {
	it := to.Underlying().(*types.Interface)
	var names []string
	for i := range it.NumMethods() {
		names = append(names, it.Method(i).Name())
	}
	sort.Strings(names)
	ms := types.NewMethodSet(t)
	for _, name := range names {
		if ms.Lookup(nil, name) == nil {
			return name
		}
	}
	return ""
}

// runtimeIface spells the interface to of Go's library as Go's runtime
// does in a failed assertion's message: error, fmt.Stringer.
func runtimeIface(to types.Type) string {
	if isErrorInterface(to) {
		return "error"
	}
	return runtimeTypeString(to)
}

// heldFailing returns the types of ShownThroughAny that pkg declares, told
// apart by their runtime form, whose values an assertion to iface fails
// for: the interpreter's assertion of one value to an interface of Go's
// library answered some of them (a value of a type with a String method
// asserted to error), so a failed assertion names them itself.
func heldFailing(shown []AnyCase, pkg *types.Package, iface types.Type) []types.Type {
	it, ok := heldInterface(pkg, iface)
	if !ok {
		return nil
	}
	var out []types.Type
	for _, c := range shown {
		if !c.Wrapped && caseType(c).Pkg() == pkg && !types.Implements(c.Type, it) {
			out = append(out, c.Type)
		}
	}
	return out
}

// runtimeName spells t, a type the package declares or a pointer to one,
// as Go's runtime does in a panic's message: main.T, *main.T.
func runtimeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		return "*" + runtimeName(p.Elem())
	}
	return runtimeTypeString(t)
}
