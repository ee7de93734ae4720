package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
)

// The interpreter infers and compiles few generic functions as Go does: a
// type parameter that only a func parameter mentions (Map[T, U any](xs
// []T, f func(T) U)) is undefined or inferred wrongly, and a variadic
// parameter of a type parameter (MaxOf[T](xs ...T)) does not compile.
// This pass gives each instance of a generic function of the file a plain
// copy for the instance's types, appended after the file's last line
// under a line directive that keeps the original's lines, and calls the
// copy instead. It runs after the other passes, copying the function as
// they edited it.
func init() { register(Pass{Name: "generics", Run: generics}) }

func generics(p *Package, f *ast.File, e *Editor) {
	m := &monomorph{p: p, f: f, e: e, decls: map[*types.Func]*ast.FuncDecl{}, names: map[string]string{}}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
			continue
		}
		if fn, ok := p.Info.Defs[fd.Name].(*types.Func); ok {
			m.decls[fn] = fd
		}
	}
	if len(m.decls) > 0 {
		e.Later(m.run)
	}
}

// monomorph writes the instances of the generic functions of one file.
type monomorph struct {
	p     *Package
	f     *ast.File
	e     *Editor
	decls map[*types.Func]*ast.FuncDecl // the file's generic functions
	names map[string]string             // an instance's name, by function and types
	queue []instance
	base  []edit // the other passes' edits
}

// instance is a generic function for given type arguments.
type instance struct {
	fn   *types.Func
	args []types.Type
	name string
}

func (m *monomorph) run() {
	m.base = slices.Clone(m.e.edits)
	ast.PreorderStack(m.f, nil, func(n ast.Node, stack []ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok {
			if fn, ok := m.p.Info.Defs[fd.Name].(*types.Func); ok && m.decls[fn] != nil {
				return false // its instances are its copies
			}
		}
		stack = append(stack, n) // with n on top
		if id, ok := n.(*ast.Ident); ok {
			if start, end, name, ok := m.use(id, stack, nil); ok && !m.overlaps(start, end) {
				m.e.Replace(start, end, name)
			}
		}
		return true
	})
	for len(m.queue) > 0 {
		in := m.queue[0]
		m.queue = m.queue[1:]
		m.write(in)
	}
}

// use returns the span of a use of a generic function of the file, with
// the type arguments of its instance substituted by sub, and the name of
// the instance's copy.
func (m *monomorph) use(id *ast.Ident, stack []ast.Node, sub map[*types.TypeParam]types.Type) (start, end token.Pos, name string, ok bool) {
	inst, found := m.p.Info.Instances[id]
	fn, isFunc := m.p.Info.Uses[id].(*types.Func)
	if !found || !isFunc || m.decls[fn] == nil {
		return 0, 0, "", false
	}
	args := make([]types.Type, inst.TypeArgs.Len())
	for i := range args {
		args[i] = substitute(inst.TypeArgs.At(i), sub)
	}
	name, ok = m.instance(fn, args)
	if !ok {
		return 0, 0, "", false
	}
	start, end = id.Pos(), id.End()
	if len(stack) >= 2 { // an explicit instantiation, Map[int, string]
		switch ix := stack[len(stack)-2].(type) {
		case *ast.IndexExpr:
			if ix.X == id {
				end = ix.End()
			}
		case *ast.IndexListExpr:
			if ix.X == id {
				end = ix.End()
			}
		}
	}
	return start, end, name, true
}

// instance returns the name of fn's copy for args, queueing the copy the
// first time; ok is false where the file's top level cannot name a type.
func (m *monomorph) instance(fn *types.Func, args []types.Type) (string, bool) {
	spelled := make([]string, len(args))
	for i, t := range args {
		s, ok := typeName(m.p, m.f, t, true)
		if !ok {
			return "", false
		}
		spelled[i] = s
	}
	key := fn.Name() + "[" + strings.Join(spelled, ", ") + "]"
	if name, ok := m.names[key]; ok {
		return name, true
	}
	name := m.e.Name(fn.Name())
	m.names[key] = name
	m.queue = append(m.queue, instance{fn, args, name})
	return name, true
}

// overlaps reports whether another pass replaces text across start..end.
func (m *monomorph) overlaps(start, end token.Pos) bool {
	s, t := m.e.file.Offset(start), m.e.file.Offset(end)
	for _, ed := range m.base {
		if ed.start < t && s < ed.end || ed.start == ed.end && s < ed.start && ed.start < t {
			return true
		}
	}
	return false
}

// write appends the copy of in's function for its types: the function as
// the other passes edited it, without its type parameters, each use of one
// spelled as its type, and each use of a generic function of the file
// calling that function's copy.
func (m *monomorph) write(in instance) {
	fd := m.decls[in.fn]
	params := in.fn.Type().(*types.Signature).TypeParams()
	sub := map[*types.TypeParam]types.Type{}
	spell := map[string]string{}
	for i := range params.Len() {
		sub[params.At(i)] = in.args[i]
		spell[params.At(i).Obj().Name()], _ = typeName(m.p, m.f, in.args[i], true)
	}
	from, to := m.e.file.Offset(fd.Pos()), m.e.file.Offset(fd.End())
	var edits []edit
	add := func(start, end token.Pos, text string) {
		if !m.overlaps(start, end) {
			edits = append(edits, edit{m.e.file.Offset(start), m.e.file.Offset(end), text, len(m.base) + len(edits)})
		}
	}
	add(fd.Name.Pos(), fd.Name.End(), in.name)
	add(fd.Type.TypeParams.Opening, fd.Type.TypeParams.Closing+1, "")
	inspect := func(n ast.Node, stack []ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr: // an instance of a generic type, by its alias
			if name, ok := instanceAlias(m.p, m.f, m.e, x.(ast.Expr), sub); ok {
				add(x.Pos(), x.End(), name)
				return false
			}
		}
		stack = append(stack, n) // with n on top
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if tn, ok := m.p.Info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok && sub[tp] != nil {
				add(id.Pos(), id.End(), conversionType(spell[tn.Name()], id, stack))
			}
			return true
		}
		if start, end, name, ok := m.use(id, stack, sub); ok {
			add(start, end, name)
		}
		return true
	}
	if fd.Type.Params != nil {
		ast.PreorderStack(fd.Type.Params, nil, inspect)
	}
	if fd.Type.Results != nil {
		ast.PreorderStack(fd.Type.Results, nil, inspect)
	}
	ast.PreorderStack(fd.Body, nil, inspect)
	// The other passes' edits inside the function, their text spelling
	// the type parameters as the instance's types.
	for _, ed := range m.base {
		if ed.start >= from && ed.end <= to && (ed.start > from || ed.start == ed.end) {
			ed.text = spellParams(ed.text, spell)
			edits = append(edits, ed)
		}
	}
	var b strings.Builder
	at := from
	for _, ed := range sortEdits(edits) {
		if ed.start < at {
			return // cannot happen: the overlaps were left out
		}
		b.Write(m.e.src[at:ed.start])
		b.WriteString(ed.text)
		at = ed.end
	}
	b.Write(m.e.src[at:to])
	pos := m.p.Fset.Position(fd.Pos())
	m.e.Append(fmt.Sprintf("//line :%d:%d\n%s", pos.Line, pos.Column, b.String()))
}

// conversionType returns t, the spelling of the type that replaces the
// type parameter id, in parentheses where id is converted to and t would
// read otherwise there: PT(&v) with PT a *Port is (*Port)(&v), where
// *Port(&v) dereferences a conversion to Port.
func conversionType(t string, id *ast.Ident, stack []ast.Node) string {
	if len(stack) < 2 {
		return t
	}
	call, ok := stack[len(stack)-2].(*ast.CallExpr)
	if !ok || call.Fun != id {
		return t
	}
	for _, prefix := range []string{"*", "<-", "func", "chan"} {
		if strings.HasPrefix(t, prefix) {
			return "(" + t + ")"
		}
	}
	return t
}

// spellParams replaces the type parameters' names in text, an edit of
// another pass, by their types.
func spellParams(text string, spell map[string]string) string {
	for name, t := range spell {
		if !strings.Contains(text, name) {
			continue
		}
		text = regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).ReplaceAllLiteralString(text, t)
	}
	return text
}

// substitute returns t with the type parameters in sub replaced.
func substitute(t types.Type, sub map[*types.TypeParam]types.Type) types.Type {
	if len(sub) == 0 {
		return t
	}
	switch t := t.(type) {
	case *types.TypeParam:
		if s, ok := sub[t]; ok {
			return s
		}
	case *types.Alias:
		return substitute(types.Unalias(t), sub)
	case *types.Pointer:
		return types.NewPointer(substitute(t.Elem(), sub))
	case *types.Slice:
		return types.NewSlice(substitute(t.Elem(), sub))
	case *types.Array:
		return types.NewArray(substitute(t.Elem(), sub), t.Len())
	case *types.Map:
		return types.NewMap(substitute(t.Key(), sub), substitute(t.Elem(), sub))
	case *types.Chan:
		return types.NewChan(t.Dir(), substitute(t.Elem(), sub))
	case *types.Tuple:
		if t == nil {
			return t
		}
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			v := t.At(i)
			vars[i] = types.NewVar(v.Pos(), v.Pkg(), v.Name(), substitute(v.Type(), sub))
		}
		return types.NewTuple(vars...)
	case *types.Signature:
		params, _ := substitute(t.Params(), sub).(*types.Tuple)
		results, _ := substitute(t.Results(), sub).(*types.Tuple)
		return types.NewSignatureType(nil, nil, nil, params, results, t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), substitute(f.Type(), sub), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	case *types.Named:
		if args := t.TypeArgs(); args != nil {
			list := make([]types.Type, args.Len())
			for i := range list {
				list[i] = substitute(args.At(i), sub)
			}
			if n, err := types.Instantiate(nil, t.Origin(), list, false); err == nil {
				return n
			}
		}
	}
	return t
}
