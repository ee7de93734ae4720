package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter hands a script's error to compiled code in a wrapper it
// picks by the names of the type's methods, never their signatures (see
// lift.ErrorWrappers). This pass gives each error type the script declares
// at the top level a method of socklab's own name for each method the
// errors package calls on it, and for Timeout() bool and Temporary() bool,
// which os.IsTimeout and net's and net/http's code ask an error for,
// after the file's last line; the wrappers
// name only those, so a type with Unwrap() []error, or with an Is of
// another signature than errors.Is calls, gets what Go gives it:
//
//	func (m *MultiError) Unwrap() []error { return m.Errs }
//	=> func (_r1 *MultiError) socklabUnwrapAll() []error { return _r1.Unwrap() }
//
// Each error type, whose value or pointer is an error, gets a method
// lift.SelfMethod too, which returns the value itself with the name of its
// type (lift.Self), for lift.Equal to compare (see lift.SelfMethod); the
// interpreter's wrapper of a pointer holds the pointer as it is, which
// lift tells by the value's type.
//
// The interpreter gives a value of T the methods of *T as well, so a type
// whose value is an error while only its pointer has such a method is
// refused. A type declared inside a function, or a struct literal, can
// declare no method: it has those of the types it embeds, and is refused
// where the method comes from a compiled type, which has no method of
// socklab's name.

// An errorMethod is a method the errors package calls, and the method of
// socklab's name that stands for it.
type errorMethod struct {
	name, own    string
	param        types.Type // the parameter of the method, if any
	result       string
	sig          *types.Signature
	params, call string // the own method's parameters, and the arguments it passes
}

// errorMethodList is made at its first use, not in every process's start.
var errorMethodList = sync.OnceValue(func() []errorMethod {
	errT, anyT := types.Universe.Lookup("error").Type(), types.NewInterfaceType(nil, nil)
	list := []errorMethod{
		{"Unwrap", lift.UnwrapMethod, nil, "error", nil, "", ""},
		{"Unwrap", lift.UnwrapAllMethod, nil, "[]error", nil, "", ""},
		{"Is", lift.IsMethod, errT, "bool", nil, "target error", "target"},
		{"As", lift.AsMethod, anyT, "bool", nil, "target any", "target"},
		{"Timeout", lift.TimeoutMethod, nil, "bool", nil, "", ""},
		{"Temporary", lift.TemporaryMethod, nil, "bool", nil, "", ""},
	}
	results := map[string]types.Type{"error": errT, "[]error": types.NewSlice(errT), "bool": types.Typ[types.Bool]}
	for i, m := range list {
		var params []*types.Var
		if m.param != nil {
			params = append(params, types.NewParam(token.NoPos, nil, "", m.param))
		}
		list[i].sig = types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(types.NewParam(token.NoPos, nil, "", results[m.result])), false)
	}
	return list
})

func errorMethods(p *Package, f *ast.File, e *Editor) {
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, s := range g.Specs {
			if ts := s.(*ast.TypeSpec); !ts.Assign.IsValid() {
				errorTypeMethods(p, e, ts)
			}
		}
	}
	localErrorTypes(p, e, f)
}

// errorTypeMethods adds the own methods of the top-level type ts.
func errorTypeMethods(p *Package, e *Editor, ts *ast.TypeSpec) {
	tn, ok := p.Info.Defs[ts.Name].(*types.TypeName)
	if !ok || types.IsInterface(tn.Type()) || !hasSelfMethod(tn.Type()) || Pooled(tn) {
		return // a type of lift's pool is compiled: the errors package sees its methods
	}
	what, owns := "error type", []string{lift.UnwrapMethod, lift.UnwrapAllMethod, lift.IsMethod, lift.AsMethod, lift.TimeoutMethod, lift.TemporaryMethod, lift.SelfMethod}
	if !isError(tn.Type()) {
		what, owns = "type", []string{lift.SelfMethod}
	}
	for _, own := range owns {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, p.Types, own); obj != nil {
			e.Refuse(obj.Pos(), "socklab gives the %s %s a method %s of its own, for Go's library to call: name this %s otherwise", what, tn.Name(), own, obj.Name())
			return
		}
	}
	params := ""
	if tp := tn.Type().(*types.Named).TypeParams(); tp.Len() > 0 {
		names := make([]string, tp.Len())
		for i := range tp.Len() {
			names[i] = tp.At(i).Obj().Name()
		}
		params = "[" + strings.Join(names, ", ") + "]"
	}
	r := e.Name("r")
	e.Append("func (" + r + " " + tn.Name() + params + ") " + lift.SelfMethod + "() any { return " + e.Import(lift.Package) + ".Self(" + strconv.Quote(SelfName(tn)) + ", " + r + ") }")
	if !isError(tn.Type()) {
		return // a Stringer: the method alone, for fmt.Stringer's wrapper
	}
	for _, m := range errorMethodList() {
		if !hasErrorMethod(p, types.NewPointer(tn.Type()), m) {
			continue
		}
		recv := tn.Name() + params
		pointerUnwrap := false
		if !hasErrorMethod(p, tn.Type(), m) {
			if m.own == lift.UnwrapMethod && isValueError(tn.Type()) {
				pointerUnwrap = true // lift's wrappers hand it on for a pointer alone
			} else if pointerOnly(p, e, tn.Type(), m, ts.Name.Pos()) {
				return
			}
			recv = "*" + recv
		}
		r := e.Name("r")
		call := r + "." + m.name + "(" + m.call + ")"
		if pointerUnwrap {
			call = e.Import(lift.Package) + ".PointerUnwrap(" + call + ")"
		}
		e.Append("func (" + r + " " + recv + ") " + m.own + "(" + m.params + ") " + m.result + " { return " + call + " }")
	}
}

// pointerOnly refuses a type t whose value is an error while only *t has
// the method m: the interpreter would call m on a t stored as error, where
// Go finds no such method. pos is where t is declared.
func pointerOnly(p *Package, e *Editor, t types.Type, m errorMethod, pos token.Pos) bool {
	errT := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	if !types.Implements(t, errT) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, p.Types, m.name)
	if obj.Pkg() == p.Types {
		pos = obj.Pos()
	}
	name := types.TypeString(t, types.RelativeTo(p.Types))
	e.Refuse(pos, "a %s stored as error has no method %s in Go, only a *%s has, but the interpreter would call it on the value as well: give %s and Error receivers of the same kind (both *%s, or both %s)", name, m.name, name, m.name, name, name)
	return true
}

// localErrorTypes refuses the error types of f declared inside a function,
// or as a struct literal, whose methods the interpreter would not hand
// over as Go does: one of a compiled type, which has no method of
// socklab's name, or one that only a pointer to the type has.
func localErrorTypes(p *Package, e *Editor, f *ast.File) {
	named := map[ast.Node]bool{} // the types of type declarations, named there
	ast.Inspect(f, func(n ast.Node) bool {
		var t types.Type
		var pos token.Pos
		switch n := n.(type) {
		case *ast.TypeSpec:
			named[n.Type] = true
			if obj := p.Info.Defs[n.Name]; obj != nil && !n.Assign.IsValid() && obj.Parent() != p.Types.Scope() {
				t, pos = obj.Type(), n.Name.Pos()
			}
		case *ast.StructType:
			if !named[n] {
				t, pos = p.Info.TypeOf(n), n.Pos()
			}
		}
		if t == nil || types.IsInterface(t) || !isError(t) {
			return true
		}
		for _, m := range errorMethodList() {
			if !hasErrorMethod(p, types.NewPointer(t), m) {
				continue
			}
			if !hasErrorMethod(p, t, m) && pointerOnly(p, e, t, m, pos) {
				return true
			}
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, p.Types, m.name)
			if obj.Pkg() != p.Types {
				who := "the errors package"
				if m.own == lift.TimeoutMethod || m.own == lift.TemporaryMethod {
					who = "Go's library (os.IsTimeout, net, net/http)"
				}
				e.Refuse(pos, "the interpreter hands the method %s%s that this error type has from %s to %s only for an error type declared at the top level of the file: declare the type there", m.name, strings.TrimPrefix(m.sig.String(), "func"), obj.Pkg().Path(), who)
				return true
			}
		}
		return true
	})
}

// hasSelfMethod reports whether the values of t, a type of the script's
// top level, get a method lift.SelfMethod: it or its pointer is an error,
// whose wrappers of lift call it, or a fmt.Stringer, whose wrapper the
// interpreter picks from gostd's for the method (see lift.Printed).
func hasSelfMethod(t types.Type) bool {
	return isError(t) || isStringer(t)
}

// isStringer reports whether t or *t has the method String() string.
func isStringer(t types.Type) bool {
	sel := types.NewMethodSet(types.NewPointer(t)).Lookup(nil, "String")
	if sel == nil {
		return false
	}
	sig := sel.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.String
}

// hasErrorMethod reports whether the method set of t has m, with m's
// signature.
func hasErrorMethod(p *Package, t types.Type, m errorMethod) bool {
	sig := methodSig(p, t, m.name)
	return sig != nil && types.Identical(sig, m.sig)
}

// methodSig returns the signature of the method of t's method set named
// name, or nil.
func methodSig(p *Package, t types.Type, name string) *types.Signature {
	sel := types.NewMethodSet(t).Lookup(p.Types, name)
	if sel == nil {
		return nil
	}
	return sel.Type().(*types.Signature)
}

// SelfName is the name that lift.Self gives a value of the type tn
// declares: its package's path and its name, or "" for a generic type,
// whose instances of the same fields the interpreter mixes up (it calls
// the methods of one on the other), so that lift compares their values
// alone.
func SelfName(tn *types.TypeName) string {
	if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
		return ""
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

// isValueError reports whether a value of t, not only a pointer to one,
// implements error.
func isValueError(t types.Type) bool {
	return types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
}

// isError reports whether t or *t implements error.
func isError(t types.Type) bool {
	errT := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	return types.Implements(t, errT) || types.Implements(types.NewPointer(t), errT)
}
