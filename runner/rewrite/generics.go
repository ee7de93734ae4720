package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
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

func generics(p *Package, f *ast.File, e *Editor) {
	m := &monomorph{p: p, f: f, e: e, decls: map[*types.Func]*ast.FuncDecl{}, names: map[string]string{}}
	copies := p.copies != nil && p.copies.held != nil && len(p.copies.list) > 0
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			fn, ok := p.Info.Defs[d.Name].(*types.Func)
			if !ok || d.Body == nil {
				continue
			}
			if d.Recv == nil && d.Type.TypeParams != nil {
				m.decls[fn] = d
			}
			if recv := fn.Type().(*types.Signature).Recv(); copies && recv != nil {
				if tn := receiverType(recv.Type()); tn != nil && p.copies.held[tn] {
					m.methods = append(m.methods, d)
				}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && copies && ts.TypeParams != nil {
					if tn, ok := p.Info.Defs[ts.Name].(*types.TypeName); ok && p.copies.held[tn] {
						m.types = append(m.types, ts)
					}
				}
			}
		}
	}
	if len(m.decls) > 0 || len(m.types) > 0 || len(m.methods) > 0 {
		e.Later(m.run)
	}
}

// monomorph writes the instances of the generic functions of one file,
// and the plain types and methods of the instances of its generic types
// that the package writes out (see genericcopies.go).
type monomorph struct {
	p       *Package
	f       *ast.File
	e       *Editor
	decls   map[*types.Func]*ast.FuncDecl // the file's generic functions
	types   []*ast.TypeSpec               // the file's generic types written out per instance
	methods []*ast.FuncDecl               // and their methods
	names   map[string]string             // an instance's name, by function and types
	queue   []instance
	base    []edit    // the other passes' edits
	cmp     *comparer // made when a copy first compares values of a type parameter
	show    *shower   // made when a copy first prints a value of a type parameter
	refused map[token.Pos]bool
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
			if start, end, name, ok := m.use(id, stack, nil); ok && (!m.overlaps(start, end) || m.clearIndex(id, end)) {
				m.e.Replace(start, end, name)
			}
		}
		return true
	})
	for _, ts := range m.types {
		for _, c := range m.p.copies.sortedCopies(m.p.Info.Defs[ts.Name].(*types.TypeName)) {
			m.writeType(ts, c)
		}
	}
	for _, fd := range m.methods {
		fn := m.p.Info.Defs[fd.Name].(*types.Func)
		for _, c := range m.p.copies.sortedCopies(receiverType(fn.Type().(*types.Signature).Recv().Type())) {
			m.writeMethod(fd, c)
		}
	}
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

// clearIndex drops the other passes' edits inside the type arguments of
// an explicit instantiation of a generic function, id[...] ending at end
// (pass instalias names Zero[Pair[string, bool]]'s argument), which the
// name of the instance's copy replaces whole; it reports false, and
// drops nothing, where an edit reaches outside them.
func (m *monomorph) clearIndex(id *ast.Ident, end token.Pos) bool {
	from, to := m.e.file.Offset(id.End()), m.e.file.Offset(end)
	inside := func(ed edit) bool { return ed.start >= from && ed.end <= to && ed.start < to }
	for _, ed := range m.base {
		if !inside(ed) && m.overlapsEdit(ed, m.e.file.Offset(id.Pos()), to) {
			return false
		}
	}
	m.base = slices.DeleteFunc(m.base, inside)
	m.e.edits = slices.DeleteFunc(m.e.edits, inside)
	return true
}

// overlapsEdit reports whether ed edits text across s..t.
func (m *monomorph) overlapsEdit(ed edit, s, t int) bool {
	return ed.start < t && s < ed.end || ed.start == ed.end && s < ed.start && ed.start < t
}

// write appends the copy of in's function for its types: the function as
// the other passes edited it, without its type parameters, each use of one
// spelled as its type, and each use of a generic function of the file
// calling that function's copy.
func (m *monomorph) write(in instance) {
	fd := m.decls[in.fn]
	sub, spell := m.substitution(in.fn.Type().(*types.Signature).TypeParams(), in.args)
	c := m.copier(fd.Pos(), fd.End(), sub, spell)
	c.add(fd.Name.Pos(), fd.Name.End(), in.name)
	c.add(fd.Type.TypeParams.Opening, fd.Type.TypeParams.Closing+1, "")
	c.walk(fd.Type.Params, fd.Type.Results, fd.Body)
	c.append("")
}

// writeType appends the declaration of c's plain type, ts as the other
// passes edited it, under c's name, without its type parameters.
func (m *monomorph) writeType(ts *ast.TypeSpec, gc *genericCopy) {
	params := gc.inst.Origin().TypeParams()
	args := make([]types.Type, gc.inst.TypeArgs().Len())
	for i := range args {
		args[i] = gc.inst.TypeArgs().At(i)
	}
	sub, spell := m.substitution(params, args)
	c := m.copier(ts.Pos(), ts.End(), sub, spell)
	c.add(ts.Name.Pos(), ts.Name.End(), gc.name)
	c.add(ts.TypeParams.Opening, ts.TypeParams.Closing+1, "")
	c.walk(ts.Type)
	c.append("type ")
	m.selfMethod(gc)
}

// writeMethod appends the copy of fd, a method of a generic type, for the
// plain type of gc.
func (m *monomorph) writeMethod(fd *ast.FuncDecl, gc *genericCopy) {
	fn := m.p.Info.Defs[fd.Name].(*types.Func)
	args := make([]types.Type, gc.inst.TypeArgs().Len())
	for i := range args {
		args[i] = gc.inst.TypeArgs().At(i)
	}
	sub, spell := m.substitution(fn.Type().(*types.Signature).RecvTypeParams(), args)
	c := m.copier(fd.Pos(), fd.End(), sub, spell)
	if ioOwnRenamed(m.p, fn) { // see pass iomethods
		c.add(fd.Name.Pos(), fd.Name.End(), methodText(m.p, fn)+lineDirective(m.p, fd.Name.End()))
	}
	c.walk(fd.Recv, fd.Type.Params, fd.Type.Results, fd.Body)
	c.append("")
}

// substitution maps params to args, and their names to the args'
// spellings.
func (m *monomorph) substitution(params *types.TypeParamList, args []types.Type) (map[*types.TypeParam]types.Type, map[string]string) {
	sub := map[*types.TypeParam]types.Type{}
	spell := map[string]string{}
	for i := range min(params.Len(), len(args)) {
		sub[params.At(i)] = args[i]
		name, ok := aliasOf(m.p, m.f, m.e, args[i])
		if !ok {
			name, _ = typeName(m.p, m.f, args[i], true)
		}
		spell[params.At(i).Obj().Name()] = name
	}
	return sub, spell
}

// A declCopy is the text of a copy of a declaration for given types.
type declCopy struct {
	m        *monomorph
	from, to token.Pos
	sub      map[*types.TypeParam]types.Type
	spell    map[string]string
	edits    []edit
}

func (m *monomorph) copier(from, to token.Pos, sub map[*types.TypeParam]types.Type, spell map[string]string) *declCopy {
	return &declCopy{m: m, from: from, to: to, sub: sub, spell: spell}
}

// add replaces start..end in the copy, where no other pass edits it, nor
// the copy's own edits so far (NewSet[T] as the name of its copy, not T
// inside it too).
func (c *declCopy) add(start, end token.Pos, text string) {
	if c.fits(start, end) {
		s, t := c.m.e.file.Offset(start), c.m.e.file.Offset(end)
		c.edits = append(c.edits, edit{start: s, end: t, text: text, seq: len(c.m.base) + len(c.edits)})
	}
}

// fits reports whether add would replace start..end: neither another
// pass nor the copy's own edits so far replace text across it.
func (c *declCopy) fits(start, end token.Pos) bool {
	s, t := c.m.e.file.Offset(start), c.m.e.file.Offset(end)
	for _, ed := range c.edits {
		if ed.start < t && s < ed.end {
			return false
		}
	}
	return !c.m.overlaps(start, end)
}

// walk spells, in the copy of each of nodes, each type parameter as its
// type, each instance of a generic type by its alias or plain type, and
// each use of a generic function of the file as its copy's.
func (c *declCopy) walk(nodes ...ast.Node) {
	m := c.m
	inspect := func(n ast.Node, stack []ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr: // an append that grows a slice of an instance's type as Go does
			if c.newInterface(x) {
				return false
			}
			if builtinName(m.p.Info, x) == "delete" && len(x.Args) == 2 {
				c.anyKey(x.Args[0], x.Args[1])
			}
			c.growAppend(x)
			c.printArgs(x)
		case *ast.SwitchStmt: // a switch on a value of a type parameter, by what it holds
			c.switchEqual(x)
		case *ast.TypeAssertExpr: // a comma-ok assertion to a type parameter that the instance makes error or fmt.Stringer
			c.heldAssert(x, stack)
		case *ast.BinaryExpr: // a comparison of values of a type parameter, by what they hold
			c.equal(x)
			c.convNil(x)
		case *ast.MapType: // a map keyed by a type parameter, which the instance may key by what the interpreter cannot hash
			c.mapKey(x)
		case *ast.KeyValueExpr: // a key of a map literal keyed by a type parameter that the instance makes an empty interface
			if len(stack) > 0 {
				if lit, ok := stack[len(stack)-1].(*ast.CompositeLit); ok {
					c.anyKey(lit, x.Key)
				}
			}
		case *ast.IndexExpr, *ast.IndexListExpr: // an instance of a generic type, by its alias
			if ix, ok := x.(*ast.IndexExpr); ok {
				c.anyKey(ix.X, ix.Index)
			}
			if name, ok := instanceAlias(m.p, m.f, m.e, x.(ast.Expr), c.sub); ok {
				c.add(x.Pos(), x.End(), name)
				return false
			}
			if name, ok := atomicPointerCopy(m.p, m.f, x.(ast.Expr), c.sub); ok {
				c.add(x.Pos(), x.End(), name)
				return false
			}
		}
		stack = append(stack, n) // with n on top
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if tn, ok := m.p.Info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok && c.sub[tp] != nil {
				c.add(id.Pos(), id.End(), conversionType(c.spell[tn.Name()], id, stack))
			}
			return true
		}
		obj := m.p.Info.Defs[id]
		if obj == nil {
			obj = m.p.Info.Uses[id]
		}
		if fn, ok := obj.(*types.Func); ok && ioOwnRenamed(m.p, fn) { // see pass iomethods
			c.add(id.Pos(), id.End(), methodText(m.p, fn)+lineDirective(m.p, id.End()))
			return true
		}
		if start, end, name, ok := m.use(id, stack, c.sub); ok && (!m.overlaps(start, end) || m.clearIndex(id, end)) {
			c.add(start, end, name)
		}
		return true
	}
	for _, n := range nodes {
		if n != nil && !reflect.ValueOf(n).IsNil() {
			ast.PreorderStack(n, nil, inspect)
		}
	}
}

// growAppend grows, in the copy, the slice of an append whose type, for
// the instance's types, holds an interface the script declares with
// methods, as pass appendcap grows the script's own ([]T of a Stack[T]
// where T is a Shape).
func (c *declCopy) growAppend(call *ast.CallExpr) {
	m := c.m
	if builtinName(m.p.Info, call) != "append" || len(call.Args) < 2 || len(c.sub) == 0 {
		return
	}
	t := m.p.Info.TypeOf(call)
	if t == nil || !hasTypeParam(t) {
		return // pass appendcap grows it where it is written
	}
	if t = substitute(t, c.sub); !grows(m.p, t) {
		return
	}
	spread := call.Ellipsis.IsValid()
	fn, assert, ok := grower(m.p, m.f, m.e, t, spread, true)
	if !ok {
		m.e.Refuse(call.Pos(), "append grows a slice of %s here, whose elements the interpreter keeps bigger than Go (they hold an interface the script declares with methods), and socklab cannot name the type at this file's top level to grow it as Go does: declare it at the top level", types.TypeString(t, types.RelativeTo(m.p.Types)))
		return
	}
	if spread {
		id := ast.Unparen(call.Fun)
		c.add(id.Pos(), id.End(), fn+directive(m.p, id.End()))
		return
	}
	s := call.Args[0]
	c.add(s.Pos(), s.Pos(), fn+"("+directive(m.p, s.Pos()))
	c.add(s.End(), s.End(), fmt.Sprintf(", %d)%s", len(call.Args)-1, assert)+directive(m.p, s.End()))
}

// equal writes, in the copy, a comparison x == y or x != y of values whose
// types involve a type parameter as a call of lift.Equal where, for the
// instance's types, the interpreter's == compares the wrappers it keeps
// the values in rather than what they hold (see comparer.comparedTypes):
// a == b of an Eq[T comparable] called with two Shapes, or with two
// errors, was false for equal values, or panicked.
//
//	return a == b   =>   return _sl1.Equal(/*line :9:9*/a, b)/*line :9:15*/
func (c *declCopy) equal(b *ast.BinaryExpr) {
	m := c.m
	if b.Op != token.EQL && b.Op != token.NEQ || len(c.sub) == 0 || isNilLit(m.p, b.X) || isNilLit(m.p, b.Y) {
		return
	}
	tx, ty := m.p.Info.TypeOf(b.X), m.p.Info.TypeOf(b.Y)
	if tx == nil || ty == nil || !hasTypeParam(tx) && !hasTypeParam(ty) {
		return // pass ifaceequal compares it where it is written
	}
	if m.cmp == nil {
		m.cmp = newComparer(m.p, m.e)
	}
	op := b.OpPos + token.Pos(len(b.Op.String()))
	if !m.cmp.comparedTypes(b.X.Pos(), substitute(tx, c.sub), substitute(ty, c.sub)) || !c.fits(b.X.Pos(), b.X.Pos()) || !c.fits(b.OpPos, op) || !c.fits(b.Y.End(), b.Y.End()) {
		return
	}
	not := ""
	if b.Op == token.NEQ {
		not = "!"
	}
	open := not + m.e.Import(lift.Package) + ".Equal(" + directive(m.p, b.X.Pos())
	s, t, u := m.e.file.Offset(b.X.Pos()), m.e.file.Offset(b.OpPos), m.e.file.Offset(b.Y.End())
	seq := len(m.base) + len(c.edits)
	c.edits = append(c.edits,
		edit{start: s, end: s, text: open, seq: seq, lead: true},
		edit{start: t, end: t + len(b.Op.String()), text: ",", seq: seq + 1},
		edit{start: u, end: u, text: ")" + directive(m.p, b.Y.End()), seq: seq + 2})
}

// mapKey refuses, in the copy, a map type keyed by a type parameter
// (map[T]bool of a Set[T comparable]) whose key for the instance's types
// is an interface with methods that the script declares (a Set[Shape]),
// or one of Go's library that a type of the script implements (a
// Set[error]), as package refuse refuses such a map where it is written:
// the interpreter keeps such a key in a form of its own, which the map
// hashes as it is (one value stored from two places was two keys), or in
// a wrapper that a map cannot hash (it panicked: hash of unhashable type).
func (c *declCopy) mapKey(mt *ast.MapType) {
	m := c.m
	k := m.p.Info.TypeOf(mt.Key)
	if k == nil || !hasTypeParam(k) || m.refused[mt.Key.Pos()] {
		return
	}
	key := substitute(k, c.sub)
	it, ok := key.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return
	}
	if m.cmp == nil {
		m.cmp = newComparer(m.p, m.e)
	}
	where := fmt.Sprintf("%s, in an instance where %s is %s", types.ExprString(mt), types.ExprString(mt.Key), m.cmp.typeString(key))
	if _, library := libraryInterfaceOf(m.p, key); !library {
		m.refuse(mt.Key.Pos(), "%s: the interpreter keeps a value of %s in a form of its own, which the map hashes as it is: one value stored from two places is two keys, and a key of a concrete type panics: instantiate it with a concrete type (a pointer, an id) in place of %s", where, m.cmp.typeString(key), m.cmp.typeString(key))
		return
	}
	for _, tn := range m.cmp.types {
		if n, ok := tn.Type().(*types.Named); Pooled(tn) || ok && n.TypeParams().Len() > 0 {
			continue
		}
		t := tn.Type()
		if !types.Implements(t, it) {
			t = types.NewPointer(t)
		}
		if types.Implements(t, it) {
			m.refuse(mt.Key.Pos(), "%s: the interpreter keeps a %s stored as %s in a wrapper that a map cannot hash (it panics: hash of unhashable type): instantiate it with a concrete type, or with what identifies the value (err.Error() for an error)", where, m.cmp.typeString(t), m.cmp.typeString(key))
			return
		}
	}
}

// refuse refuses at pos, once for all the copies.
func (m *monomorph) refuse(pos token.Pos, format string, args ...any) {
	if m.refused == nil {
		m.refused = map[token.Pos]bool{}
	}
	m.refused[pos] = true
	m.e.Refuse(pos, format, args...)
}

// newInterface writes, in the copy, new(T) of a type parameter that the
// instance makes an interface with methods the script declares as pass
// newexpr writes new(Shape), the address of a variable of it, whose value
// == finds nil (the interpreter's new made one it did not); it reports
// whether it did.
func (c *declCopy) newInterface(call *ast.CallExpr) bool {
	m := c.m
	if len(c.sub) == 0 || len(call.Args) != 1 || builtinName(m.p.Info, call) != "new" {
		return false
	}
	tv, ok := m.p.Info.Types[call.Args[0]]
	if !ok || !tv.IsType() || !hasTypeParam(tv.Type) {
		return false
	}
	it := substitute(tv.Type, c.sub)
	if !wrappedInterface(m.p, it) || !c.fits(call.Pos(), call.End()) {
		return false
	}
	t, ok := typeName(m.p, m.f, it, true)
	if !ok {
		return false
	}
	v := m.e.Name("new")
	c.add(call.Pos(), call.End(), "func() *"+t+" { var "+v+" "+t+"; return &"+v+" }()")
	return true
}

// switchEqual writes, in the copy, a switch on a variable of a type
// parameter whose cases the instance's types make comparisons of values
// the interpreter keeps in its wrappers (see comparer.comparedTypes) as
// pass ifaceswitch writes one on an interface, a switch without a tag
// whose cases call lift.Equal, joined by || where a case lists several:
//
//	switch v {        =>   switch   {
//	case a, b:        =>   case _sl1.Equal(v, /*line :10:7*/a) || _sl1.Equal(v, /*line :10:10*/b):
//
// It leaves a switch alone whose tag is not a variable, or whose case
// values call a function, which could change it, or that another pass
// writes.
func (c *declCopy) switchEqual(s *ast.SwitchStmt) {
	m := c.m
	tag, ok := ast.Unparen(s.Tag).(*ast.Ident)
	if !ok || len(c.sub) == 0 {
		return
	}
	tt := m.p.Info.TypeOf(tag)
	if tt == nil || !hasTypeParam(tt) || !c.fits(s.Tag.Pos(), s.Tag.End()) {
		return
	}
	if m.cmp == nil {
		m.cmp = newComparer(m.p, m.e)
	}
	compared := false
	for _, cl := range s.Body.List {
		list := cl.(*ast.CaseClause).List
		if callsIn(m.p.Info, list) {
			return
		}
		for i, x := range list {
			if !c.fits(x.Pos(), x.End()) || i > 0 && !c.fits(list[i-1].End(), x.Pos()) {
				return
			}
			if xt := m.p.Info.TypeOf(x); xt != nil && m.cmp.comparedTypes(x.Pos(), substitute(tt, c.sub), substitute(xt, c.sub)) {
				compared = true
			}
		}
	}
	if !compared {
		return
	}
	c.add(s.Tag.Pos(), s.Tag.End(), "")
	equal := m.e.Import(lift.Package) + ".Equal(" + tag.Name + ", "
	for _, cl := range s.Body.List {
		list := cl.(*ast.CaseClause).List
		for i, x := range list {
			if i > 0 {
				between := m.e.Text(list[i-1].End(), x.Pos())
				comma := list[i-1].End() + token.Pos(strings.IndexByte(between, ','))
				c.add(comma, comma+1, " ||")
			}
			c.add(x.Pos(), x.Pos(), equal+directive(m.p, x.Pos()))
			c.add(x.End(), x.End(), ")"+directive(m.p, x.End()))
		}
	}
}

// heldAssert writes, in the copy, a comma-ok assertion from an empty
// interface to a type parameter that the instance makes an interface of
// Go's library with methods (t, ok := v.(T) of an As[error]) as pass
// nilassert writes one to the interface itself, a call of heldAsFunc's
// function, which asks first for the script's types that implement it:
// the interpreter's own assertion did not see their methods, and
// panicked.
func (c *declCopy) heldAssert(a *ast.TypeAssertExpr, stack []ast.Node) {
	m := c.m
	if a.Type == nil || len(c.sub) == 0 || len(stack) == 0 {
		return
	}
	commaOK := false
	switch s := stack[len(stack)-1].(type) {
	case *ast.AssignStmt:
		commaOK = len(s.Lhs) == 2 && len(s.Rhs) == 1 && s.Rhs[0] == a
	case *ast.ValueSpec:
		commaOK = len(s.Names) == 2 && len(s.Values) == 1 && s.Values[0] == a
	}
	t := m.p.Info.TypeOf(a.Type)
	if !commaOK || t == nil || !hasTypeParam(t) {
		return
	}
	to := substitute(t, c.sub)
	if _, ok := heldInterface(m.p.Types, to); !ok || !c.fits(a.Pos(), a.End()) {
		return
	}
	fn := heldAsFunc(m.p, m.f, m.e, substitute(m.p.Info.TypeOf(a.X), c.sub), to)
	if fn == "" {
		return
	}
	c.add(a.Pos(), a.X.Pos(), fn+"(")
	c.add(a.X.End(), a.End(), ")")
}

// append appends the copy after the file's last line, after prefix,
// under a line directive that keeps the original's lines and columns:
// the other passes' edits inside it, their text spelling the type
// parameters as the instance's types, and the copy's own.
func (c *declCopy) append(prefix string) {
	m := c.m
	from, to := m.e.file.Offset(c.from), m.e.file.Offset(c.to)
	edits := c.edits
	for _, ed := range m.base {
		if ed.start >= from && ed.end <= to && (ed.start > from || ed.start == ed.end) {
			ed.text = m.spellCopies(spellParams(ed.text, c.spell))
			if elem, ok := m.p.typedPicks[m.e.file.Pos(ed.start)]; ok && ed.start < ed.end {
				ed.text = floatPicks(substitute(elem, c.sub), ed.text)
			}
			if tb, ok := m.p.typedBuiltins[m.e.file.Pos(ed.start)]; ok && ed.start < ed.end {
				ed.text = c.floatBuiltin(tb, ed.text)
			}
			if te, ok := m.p.typedEquals[m.e.file.Pos(ed.start)]; ok && ed.start < ed.end && c.liftsEqual(m.e.file.Pos(ed.start), te.elem) {
				ed.text = te.lifted(ed.text, m.e.Import(lift.Package))
			}
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
	pos := m.p.Fset.Position(c.from)
	col := pos.Column - len(prefix)
	if col < 1 {
		col = 1
	}
	m.e.Append(fmt.Sprintf("//line :%d:%d\n%s%s", pos.Line, col, prefix, b.String()))
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

// spellCopies replaces in text, an edit of another pass with the type
// parameters spelled as types, each instance of a generic type that the
// package writes out (Set[string], which the pass spelled Set[T]) by the
// name of its plain type.
func (m *monomorph) spellCopies(text string) string {
	if m.p.copies == nil || len(m.p.copies.list) == 0 || !strings.Contains(text, "[") {
		return text
	}
	for _, c := range m.p.copies.list {
		origin := c.inst.Origin().Obj()
		if origin.Pkg() != m.p.Types || !strings.Contains(text, origin.Name()+"[") {
			continue
		}
		args := make([]string, c.inst.TypeArgs().Len())
		for i := range args {
			a := c.inst.TypeArgs().At(i)
			name, ok := aliasOf(m.p, m.f, m.e, a)
			if !ok {
				name, _ = typeName(m.p, m.f, a, true)
			}
			args[i] = strings.ReplaceAll(name, " ", "")
		}
		want := strings.Join(args, ",")
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(origin.Name()) + `\[`)
		var b strings.Builder
		at := 0
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if loc[0] < at {
				continue
			}
			end := closingBracket(text, loc[1])
			if end < 0 || strings.ReplaceAll(text[loc[1]:end], " ", "") != want {
				continue
			}
			b.WriteString(text[at:loc[0]])
			b.WriteString(c.name)
			at = end + 1
		}
		b.WriteString(text[at:])
		text = b.String()
	}
	return text
}

// closingBracket returns the index of the ] that closes the [ before
// text[from:], or -1.
func closingBracket(text string, from int) int {
	depth := 1
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
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

// liftsEqual reports whether the copy compares two values of elem, a type
// that involves a type parameter, by lift.Equal: whether the instance's
// type is one whose values the interpreter keeps in its wrappers (see
// comparer.comparedTypes), refusing at at.
func (c *declCopy) liftsEqual(at token.Pos, elem types.Type) bool {
	m := c.m
	if m.cmp == nil {
		m.cmp = newComparer(m.p, m.e)
	}
	t := substitute(elem, c.sub)
	return !hasTypeParam(t) && m.cmp.comparedTypes(at, t, t)
}

// convNil gives, in the copy, a comparison with nil of a conversion to an
// interface of a value of a type parameter that the instance makes no
// interface (any(v) == nil of an IsNil[*int]) Go's answer, as pass
// convnil does where the type is written.
func (c *declCopy) convNil(b *ast.BinaryExpr) {
	m := c.m
	if len(c.sub) == 0 {
		return
	}
	if _, written := nilConversion(m.p, b, nil); written {
		return // pass convnil wrote it
	}
	arg, ok := nilConversion(m.p, b, c.sub)
	if !ok || !c.fits(b.Pos(), arg.Pos()) || !c.fits(arg.End(), b.End()) {
		return
	}
	head, tail := nilAnswer(m.p, m.e, b, arg)
	c.add(b.Pos(), arg.Pos(), head)
	c.add(arg.End(), b.End(), tail)
}

// printArgs hands, in the copy, each argument of a printing call (see
// printCalls) whose type is a type parameter, or is built from one, that
// the instance makes a type the printing pass hands to lift.Show (a
// []Shape, a map of a type with a String method) to lift.Show, as pass
// printing does where the type is written: the interpreter's fmt printed
// the wrappers of a Print[T any] of a []Shape field by field.
func (c *declCopy) printArgs(call *ast.CallExpr) {
	m := c.m
	if len(c.sub) == 0 || call.Ellipsis.IsValid() {
		return
	}
	if m.show == nil {
		m.show = &shower{p: m.p, f: m.f, e: m.e, descs: map[string]string{}, printing: true}
	}
	s := m.show
	spec, ok := printCalls()[s.callee(call)]
	if !ok || spec.first > len(call.Args) {
		return
	}
	args := call.Args[spec.first:]
	verbs := make([]Verb, len(args))
	for i := range verbs {
		verbs[i] = Verb{Verb: 'v'}
	}
	if spec.format >= 0 {
		tv := m.p.Info.Types[call.Args[spec.format]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return
		}
		vs, ok := ParseVerbs(constant.StringVal(tv.Value))
		if !ok || len(args) > len(vs) {
			return
		}
		verbs = vs
	}
	for i, a := range args {
		v := verbs[i]
		t := m.p.Info.TypeOf(a)
		if t == nil || !hasTypeParam(t) || v.Star || strings.ContainsRune("pw", v.Verb) {
			continue
		}
		t = substitute(t, c.sub)
		if v.Verb == 'T' {
			if spec.format >= 0 && !hasTypeParam(t) {
				lit, _ := ast.Unparen(call.Args[spec.format]).(*ast.BasicLit)
				c.printType(a, t, lit, v)
			}
			continue
		}
		if it, ok := t.Underlying().(*types.Interface); ok && !hasTypeParam(t) {
			c.printAny(a, t, it, v)
			continue
		}
		if hasTypeParam(t) || !s.involves(t) || !s.needs(t, v) {
			continue
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && methodOf(t, "Format") != nil && s.declared(n) {
			continue // the interpreter hands fmt the value with its Format method
		}
		desc, ok := s.desc(t)
		if !ok || !c.fits(a.Pos(), a.Pos()) || !c.fits(a.End(), a.End()) {
			continue
		}
		c.add(a.Pos(), a.Pos(), m.e.Import(lift.Package)+".Show(")
		c.add(a.End(), a.End(), ", "+desc+")")
	}
}

// printAny hands a, printed with v, whose type parameter the instance
// makes t, an interface (a Box[any]'s field), to the file's function that
// asks it for the script's types (see shower.anyArg), as pass printing
// does where an argument of interface type is written: the interpreter's
// fmt printed a value of a type with a String method held there <nil>.
func (c *declCopy) printAny(a ast.Expr, t types.Type, it *types.Interface, v Verb) {
	s := c.m.show
	s.askAll = wrapperPrinted(c.m.p, t)
	s.asked = nil
	fn := s.anyFunc(it, &v)
	if s.askAll {
		s.unaskable(a, t, it)
	}
	s.askAll = false
	if one, other := fieldlessPair(s.asked); one != nil {
		rel := types.RelativeTo(c.m.p.Types)
		s.e.Refuse(a.Pos(), "the interpreter makes %s and %s one type at run time (struct types of no fields; it keeps no type names), so fmt could print a value of one with the other's methods here: give %s a field of its own", types.TypeString(one, rel), types.TypeString(other, rel), types.TypeString(one, rel))
		return
	}
	if fn == "" || !c.fits(a.Pos(), a.Pos()) || !c.fits(a.End(), a.End()) {
		return
	}
	c.add(a.Pos(), a.Pos(), fn+"(")
	c.add(a.End(), a.End(), ")")
}

// printType hands a, printed with the verb T of v in the format literal
// lit, whose type parameter the instance makes t, a type the script
// declares or an interface that may hold one, to lift.TypeName, or to
// the file's function that names what the interface holds, and turns the
// verb into s, as pass printing does where the type is written: the
// interpreter's fmt named its own types (lift.Int_String1,
// gostd.stringerSelf) for a main.Level.
func (c *declCopy) printType(a ast.Expr, t types.Type, lit *ast.BasicLit, v Verb) {
	s := c.m.show
	pos, ok := typeVerbAt(lit, v)
	if !ok || !c.fits(pos, pos+1) || !c.fits(a.Pos(), a.Pos()) || !c.fits(a.End(), a.End()) {
		return
	}
	head, tail := "", ")"
	if it, ok := t.Underlying().(*types.Interface); ok {
		fn := s.typeFunc(it)
		if fn == "" {
			return
		}
		head = fn + "("
	} else {
		if !s.namesDeclared(t) {
			return
		}
		desc, ok := s.desc(t)
		if !ok {
			return
		}
		head, tail = c.m.e.Import(lift.Package)+".TypeName(", ", "+desc+")"
	}
	c.add(pos, pos+1, "s")
	c.add(a.Pos(), a.Pos(), head)
	c.add(a.End(), a.End(), tail)
}

// floatBuiltin returns text, pass minmax's function literal for a min or
// max of tb's type, as its copy spells it, written again where the
// instance makes the type a floating-point one, whose NaN and -0 the
// literal for the type parameter does not know.
func (c *declCopy) floatBuiltin(tb typedBuiltin, text string) string {
	t := substitute(tb.t, c.sub)
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsFloat == 0 {
		return text
	}
	name, ok := typeName(c.m.p, c.m.f, t, false)
	if !ok {
		return text
	}
	return "func" + builtinBody(tb.builtin, name, t)
}
