package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
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
	tn         *types.TypeName
}

// genericBodies returns the bodies of f's methods of generic types that
// p does not write out per instance.
func genericBodies(p *Package, f *ast.File) []genericBody {
	var out []genericBody
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Body == nil {
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
		tn := receiverType(sig.Recv().Type())
		if tn == nil || p.copies != nil && p.copies.held[tn] {
			continue
		}
		out = append(out, genericBody{start: fd.Body.Pos(), end: fd.Body.End(), tn: tn})
	}
	return out
}

// ownerAt returns the generic type whose method's body holds pos, among
// s.generic, or nil.
func (s *shower) ownerAt(pos token.Pos) *types.TypeName {
	for _, b := range s.generic {
		if b.start <= pos && pos < b.end {
			return b.tn
		}
	}
	return nil
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
