package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A method of a generic type that the interpreter instantiates itself
// (one that the package does not write out per instance, see
// genericCopies: an error type) stops with "index out of range" where it
// calls a function that asserts an instance of that same type: the
// printing functions of the file ask an error field (e.Err) for the
// script's types, its own instances too. So in such a method the
// printing calls' arguments go through functions that do not ask for the
// type's instances; fmt calls their methods itself.

// A genericBody is the body of a method of a generic type the
// interpreter instantiates itself.
type genericBody struct {
	start, end token.Pos
	tn         *types.TypeName      // the receiver's type, where the interpreter instantiates it itself; nil for the others
	params     *types.TypeParamList // the receiver's
}

// genericBodies returns the bodies of f's generic functions and of its
// methods of generic types, with the receiver's type of those that p does
// not write out per instance.
func genericBodies(p *Package, f *ast.File) []genericBody {
	var out []genericBody
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		if fd.Recv == nil {
			if fd.Type.TypeParams != nil {
				out = append(out, genericBody{start: fd.Body.Pos(), end: fd.Body.End()})
			}
			continue
		}
		fn, ok := p.Info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.RecvTypeParams().Len() == 0 {
			continue
		}
		b := genericBody{start: fd.Body.Pos(), end: fd.Body.End(), params: sig.RecvTypeParams()}
		if tn := receiverType(sig.Recv().Type()); tn != nil && (p.copies == nil || !p.copies.held[tn]) {
			b.tn = tn
		}
		out = append(out, b)
	}
	return out
}

// ownerAt returns the generic type whose method's body holds pos, among
// s.generic, or nil.
func (s *shower) ownerAt(pos token.Pos) *types.TypeName {
	if b := s.bodyAt(pos); b != nil {
		return b.tn
	}
	return nil
}

// bodyAt returns the method's body among s.generic that holds pos, or
// nil.
func (s *shower) bodyAt(pos token.Pos) *genericBody {
	for i, b := range s.generic {
		if b.start <= pos && pos < b.end {
			return &s.generic[i]
		}
	}
	return nil
}

// paramPrinted refuses a, an argument printed with v in a method of a
// generic type the interpreter instantiates itself, of type t built from
// the receiver's type parameters, where an instance of the type makes t a
// type the interpreter's fmt prints otherwise than Go's: one that holds a
// type with a String or Error method below its top level (a []Coord,
// whose elements' String it did not call), or one whose String has a
// pointer receiver (which it called for a value). The printing pass
// cannot hand such a value to lift.Show there, where its type is a type
// parameter.
func (s *shower) paramPrinted(a ast.Expr, t types.Type, v Verb) {
	b := s.bodyAt(a.Pos())
	if b == nil || b.tn == nil || !hasTypeParam(t) || v.Star || strings.ContainsRune("pwT", v.Verb) {
		return
	}
	for _, n := range instances(s.p.Info, b.tn.Type().(*types.Named)) {
		if argsHoldParam(n) {
			continue
		}
		sub := map[*types.TypeParam]types.Type{}
		for i := range min(b.params.Len(), n.TypeArgs().Len()) {
			sub[b.params.At(i)] = n.TypeArgs().At(i)
		}
		u := substitute(t, sub)
		if hasTypeParam(u) || types.IsInterface(u) || !s.involves(u) || !s.needs(u, v) || s.printsAsGo(u, v) {
			continue
		}
		rel := types.RelativeTo(s.p.Types)
		s.e.Refuse(a.Pos(), "the interpreter instantiates %s itself, and its fmt prints %s here, which %s makes a %s, otherwise than Go (socklab writes out as plain types the instances of generic types but error types and structs that embed a field): print it in a function that takes a %s, or declare %s without type parameters", b.tn.Name(), types.ExprString(a), types.TypeString(n, rel), types.TypeString(u, rel), types.TypeString(u, rel), b.tn.Name())
		return
	}
}

// printsAsGo reports whether the interpreter's fmt prints a value of t,
// an instance's type argument, with v as Go does though needs says
// otherwise: a type of the script's with a String or Error method of a
// value receiver, or a pointer to one with such a method, printed with %v
// or %s.
func (s *shower) printsAsGo(t types.Type, v Verb) bool {
	if v.Plus || v.Sharp || v.Verb != 'v' && v.Verb != 's' {
		return false
	}
	elem := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		elem = p.Elem()
	}
	if !s.declared(elem) {
		return false
	}
	ms := types.NewMethodSet(t)
	return ms.Lookup(nil, "String") != nil || ms.Lookup(nil, "Error") != nil
}

// ownInstance reports whether t, a case of the printing functions, is an
// instance of s.own or a pointer to one.
func (s *shower) ownInstance(t types.Type) bool {
	if s.own == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeArgs().Len() > 0 && n.Origin().Obj() == s.own
}
