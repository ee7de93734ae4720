package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A struct type has the methods of the types it embeds. The interpreter
// finds those of a compiled type (net.OpError's Error, bytes.Buffer's
// Write, a net.Conn's Read) through the struct's runtime type, which
// reflect makes with them only where the struct has that one field, and
// only as far as reflect takes them: a value of
//
//	type wrapErr struct {
//		*net.OpError
//		n int
//	}
//
// stored as error panicked ("method not found: Error"), and &W{} of type
// W struct{ bytes.Buffer } would not compile as an io.Writer. This pass
// gives each struct type that the script declares at the top level a
// method of its own for each exported method it has from a compiled type
// it embeds, after the file's last line, calling the promoted method
// through the fields Go goes through, so the interpreter has the method
// set Go gives the type:
//
//	func (_r1 wrapErr) Error() string { return _r1.OpError.Error() }
//
// A method that only the pointer has gets a pointer receiver, as in Go.
//
// The same goes for a method a struct has from an interface it embeds,
// the script's own interfaces too: the interpreter fails on a call of
// such a method through the struct (s.Log() for type Service struct {
// Logger; ... }: "invalid interface value"), not on s.Logger.Log().
//
// And for a method of the script's own with a pointer receiver that a
// struct's value has through a pointer it embeds (see
// promotedThroughPointer).

func promotedMethods(p *Package, f *ast.File, e *Editor) {
	directCalls(p, f, e)
	genericPromotedAssertions(p, e, f)
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, s := range g.Specs {
			ts := s.(*ast.TypeSpec)
			if ts.Assign.IsValid() {
				continue
			}
			tn, ok := p.Info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				continue
			}
			if _, isStruct := tn.Type().Underlying().(*types.Struct); isStruct {
				forwardPromoted(p, f, e, tn.Type().(*types.Named))
			}
		}
	}
}

// forwardPromoted appends t's methods promoted from compiled types.
func forwardPromoted(p *Package, f *ast.File, e *Editor, t *types.Named) {
	params := ""
	if tp := t.TypeParams(); tp.Len() > 0 {
		names := make([]string, tp.Len())
		for i := range tp.Len() {
			names[i] = tp.At(i).Obj().Name()
		}
		params = "[" + strings.Join(names, ", ") + "]"
	}
	values := types.NewMethodSet(t)
	all := types.NewMethodSet(types.NewPointer(t))
	for i := range all.Len() {
		sel := all.At(i)
		m := sel.Obj().(*types.Func)
		if len(sel.Index()) < 2 {
			continue
		}
		path, viaInterface, ok := fieldPath(p, t, sel.Index())
		if !ok || (!viaInterface && (!m.Exported() || interpreted(p, m.Pkg())) && (t.TypeParams().Len() > 0 || !promotedThroughPointer(p, values, m))) {
			continue
		}
		recv := t.Obj().Name() + params
		if values.Lookup(m.Pkg(), m.Name()) == nil {
			recv = "*" + recv
		}
		r := e.Name("r")
		spell := func(t types.Type) string { return libraryTypeName(p, f, e, t) }
		sig := m.Type().(*types.Signature)
		if mentionsHidden(sig) {
			continue
		}
		var decl, args []string
		for j := range sig.Params().Len() {
			a := e.Name("a")
			pt := sig.Params().At(j).Type()
			if sig.Variadic() && j == sig.Params().Len()-1 {
				decl = append(decl, a+" ..."+spell(pt.(*types.Slice).Elem()))
				args = append(args, a+"...")
				continue
			}
			decl = append(decl, a+" "+spell(pt))
			args = append(args, a)
		}
		var results []string
		for j := range sig.Results().Len() {
			results = append(results, spell(sig.Results().At(j).Type()))
		}
		result := strings.Join(results, ", ")
		if len(results) > 1 {
			result = "(" + result + ")"
		}
		body := r + path + "." + methodText(p, m) + "(" + strings.Join(args, ", ") + ")"
		if len(results) > 0 {
			body = "return " + body
		}
		e.Append(fmt.Sprintf("func (%s %s) %s(%s) %s { %s }", r, recv, methodText(p, m), strings.Join(decl, ", "), result, body))
	}
}

// promotedThroughPointer reports whether m, a method of the script's with
// a pointer receiver, is in values, the method set of a struct's value,
// which it is where the struct embeds a pointer to m's type (type Square
// struct{ *Rect } has Rect's Area of func (r *Rect) Area()). The
// interpreter's type check looks at the receiver alone: an assertion to
// the struct from an interface that holds the method (s.(Square) of a
// Shape, a type switch's case Square) did not compile ("impossible type
// assertion: main.Square does not implement main.Shape as "Area" method
// has a pointer receiver"). The struct's own method, calling the promoted
// one, is what Go calls. (Not for a generic struct, whose instances the
// interpreter failed to compile with such methods: "invalid memory
// address or nil pointer dereference".)
func promotedThroughPointer(p *Package, values *types.MethodSet, m *types.Func) bool {
	if !interpreted(p, m.Pkg()) || !m.Exported() && m.Pkg() != p.Types || values.Lookup(m.Pkg(), m.Name()) == nil {
		return false
	}
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	_, ptr := recv.Type().(*types.Pointer)
	return ptr
}

// directCalls writes the fields out in the script's own calls of a
// method that a struct has from a compiled type or an interface it
// embeds, b.Len() of b B{*bytes.Buffer; n int} as b.Buffer.Len(), which
// is what Go calls: through the method this pass declares, the
// interpreter's call took ten times as long (4 against 0.3 µs a call).
// The columns after the fields are kept.
func directCalls(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := p.Info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
			return true
		}
		recv := s.Recv()
		if ptr, ok := recv.(*types.Pointer); ok {
			recv = ptr.Elem()
		}
		if n, ok := types.Unalias(recv).(*types.Named); !ok || n.Obj().Pkg() == nil || !interpreted(p, n.Obj().Pkg()) {
			return true // a compiled type's: its fields are its own
		}
		path, viaInterface, ok := fieldPath(p, s.Recv(), s.Index())
		if !ok || !viaInterface && interpreted(p, s.Obj().Pkg()) {
			return true
		}
		// Later, and only where no other pass rewrites the call (logsite,
		// linked): theirs name the method as the script does.
		e.Later(func() {
			if !e.editedInside(call.Pos(), call.End()) {
				at := p.Fset.Position(sel.X.End())
				e.Insert(sel.X.End(), fmt.Sprintf("%s/*line :%d:%d*/", path, at.Line, at.Column))
			}
		})
		return true
	})
}

// fieldPath spells the embedded fields of t that index goes through to
// its method (all but the last index) as selectors, ".A.B", and reports
// whether the method comes from an embedded interface.
//
// The path stops before an unexported field of a compiled type (net's
// conn inside a *net.UDPConn), which the script cannot name: the method
// is that compiled type's own, promoted there.
func fieldPath(p *Package, t types.Type, index []int) (path string, viaInterface, ok bool) {
	var b strings.Builder
	for _, i := range index[:len(index)-1] {
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		s, ok := t.Underlying().(*types.Struct)
		if !ok || i >= s.NumFields() {
			return "", false, false
		}
		fld := s.Field(i)
		if !fld.Exported() && fld.Pkg() != nil && !interpreted(p, fld.Pkg()) {
			return b.String(), false, true
		}
		b.WriteString("." + fld.Name())
		t = fld.Type()
	}
	return b.String(), types.IsInterface(t), true
}

// interpreted reports whether pkg is one of the script's packages, whose
// methods the interpreter runs itself.
func interpreted(p *Package, pkg *types.Package) bool {
	if pkg == p.Types {
		return true
	}
	for _, s := range p.Script {
		if s == pkg {
			return true
		}
	}
	return false
}

// mentionsHidden reports whether sig names a type of a package that no
// script reaches (syscall's RawConn of SyscallConn, an internal package),
// whose method the interpreter could not compile written out.
func mentionsHidden(sig *types.Signature) bool {
	hidden := false
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := range tup.Len() {
			Involves(tup.At(i).Type(), func(t types.Type) bool {
				if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
					path := n.Obj().Pkg().Path()
					hidden = hidden || path == "syscall" || path == "unsafe" || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/")
				}
				return hidden
			})
		}
	}
	return hidden
}

// genericPromotedAssertions lifts an assertion from an interface with
// methods to an instance of a generic struct type that has one of them
// through a pointer it embeds (w, ok := g.(Wrap[string]) of type Wrap[T
// any] struct{ *Box[T] }, whose Get is (*Box[T]).Get): the interpreter
// did not compile it ("impossible type assertion: main.Wrap[string] does
// not implement main.Getter as "Get" method has a pointer receiver"), and
// pass promoted cannot write the method out for a generic type (see
// promotedThroughPointer). The two-value form asserts from an empty
// interface instead, whose result is the same, any(g).(Wrap[string]); the
// one-value form, whose panic would name the empty interface, is refused.
func genericPromotedAssertions(p *Package, e *Editor, f *ast.File) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return true
		}
		it, ok := typeUnder(p, ta.X).(*types.Interface)
		if !ok || it.NumMethods() == 0 {
			return true
		}
		t := p.Info.TypeOf(ta.Type)
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.TypeArgs().Len() == 0 || !interpreted(p, named.Obj().Pkg()) {
			return true
		}
		if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
			return true
		}
		values := types.NewMethodSet(named)
		var method string
		for i := range it.NumMethods() {
			m := it.Method(i)
			sel := values.Lookup(m.Pkg(), m.Name())
			if sel == nil || len(sel.Index()) < 2 {
				continue
			}
			if recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv(); recv != nil {
				if _, ptr := recv.Type().(*types.Pointer); ptr {
					method = m.Name()
					break
				}
			}
		}
		if method == "" {
			return true
		}
		if !commaOKAssertion(ta, stack) {
			e.Refuse(ta.Pos(), "the interpreter does not compile this assertion to %s, whose method %s comes from a pointer it embeds (\"impossible type assertion\"): use the two-value form (v, ok := %s) and handle !ok yourself",
				types.TypeString(t, types.RelativeTo(p.Types)), method, types.ExprString(ta))
			return true
		}
		if e.replacedAcross(ta.X.Pos(), ta.X.End()) {
			return true
		}
		e.Insert(ta.X.Pos(), "any(")
		e.InsertFirst(ta.X.End(), ")")
		return true
	})
}

// commaOKAssertion reports whether ta, the last node of stack, is the
// value of a two-value assignment or declaration (v, ok := x.(T)).
func commaOKAssertion(ta *ast.TypeAssertExpr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.AssignStmt:
		return len(parent.Lhs) == 2 && len(parent.Rhs) == 1 && parent.Rhs[0] == ta
	case *ast.ValueSpec:
		return len(parent.Names) == 2 && len(parent.Values) == 1 && parent.Values[0] == ta
	}
	return false
}
