package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A generic type that the interpreter builds without end (see
// cyclicGenerics), and one that holds such a type, Go knows every
// instance of: the type checker's instances of the package, and what
// their fields, methods and the generic functions they call name in turn.
// The package hands the interpreter each instance as a plain type of its
// own instead, declared after the last line of the file that declares the
// generic type, with a copy of each method for the instance's types after
// the last line of the method's file (pass generics writes them, under a
// line directive that keeps each line and column of the original):
//
//	type node[K cmp.Ordered, V any] struct{ left, right *node[K, V]; ... }
//	var t Tree[string, int]
//
// becomes, for the instances the program makes,
//
//	type _node1 struct{ left, right *_node1; ... }
//	var t _Tree2/*line :12:22*/
//
// Each place that spells an instance, in the script's source or in the
// passes' edits, spells the plain type's name (typeName, aliasOf). What
// fmt prints of such a value the printing passes take from the type
// checker, which still sees main.Tree[string,int].

// genericCopies are the instances of a package's generic types that the
// package declares as plain types.
type genericCopies struct {
	held    map[*types.TypeName]bool // the generic types written out per instance
	byKey   map[string]*genericCopy  // by the instance's types.TypeString
	list    []*genericCopy           // in the order found
	refused []string                 // the instances that cannot be written out
}

// A genericCopy is one instance written out as a plain type.
type genericCopy struct {
	inst  *types.Named
	name  string
	plain *types.Named // a type of that name, for spelling
}

// of returns the copy of t, an instance of a generic type, or nil.
func (g *genericCopies) of(t types.Type) *genericCopy {
	if g == nil || len(g.byKey) == 0 {
		return nil
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 {
		return nil
	}
	return g.byKey[types.TypeString(n, nil)]
}

// spelled returns t with each instance that has a copy replaced by the
// copy's plain type, for types.TypeString.
func (g *genericCopies) spelled(t types.Type) types.Type {
	if g == nil || len(g.byKey) == 0 {
		return t
	}
	return mapTypes(t, func(t types.Type) types.Type {
		if c := g.of(t); c != nil {
			return c.plain
		}
		return nil
	})
}

// findGenericCopies finds the instances of p's generic types that hold
// themselves, and names them.
func findGenericCopies(p *Package) *genericCopies {
	g := &genericCopies{byKey: map[string]*genericCopy{}}
	bad, held := cyclicGenerics(p.Types)
	f := &copyFinder{p: p, g: g, decls: map[*types.Func]*ast.FuncDecl{}, methods: map[*types.TypeName][]*ast.FuncDecl{},
		used: map[string]bool{}, funcs: map[string]bool{}, told: map[string]bool{}, optional: map[*types.TypeName]bool{}, others: map[*types.Package]map[*types.TypeName]bool{}}
	f.bad, f.held = bad, held
	g.held = map[*types.TypeName]bool{}
	if notCopied(held) == "" {
		maps.Copy(g.held, held)
	}
	if p.Types.Name() == "main" {
		// The interpreter compiles the methods of a generic type for each
		// instance itself, and fails on some (a call of a generic function
		// with no arguments, NewSet[T](), stops its compiler); in package
		// main, which no other package imports, the instances of every
		// generic type with methods are written out, where they can be.
		scope := p.Types.Scope()
		embedded := embeddedGenerics(p)
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || held[tn] || embedded[tn] {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 && n.NumMethods() > 0 && notCopied(map[*types.TypeName]bool{tn: true}) == "" {
				g.held[tn] = true
				f.optional[tn] = true
			}
		}
	}
	if len(held) == 0 && len(g.held) == 0 && !f.othersHold() {
		return g // nothing to write out or to refuse: the walks cost a script's start-up
	}
	for _, file := range p.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				f.used[id.Name] = true
			}
			return true
		})
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := p.Info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			f.decls[fn] = fd
			if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
				if tn := receiverType(recv.Type()); tn != nil && g.held[tn] {
					f.methods[tn] = append(f.methods[tn], fd)
				}
			}
		}
	}
	for _, file := range p.Files {
		for _, d := range file.Decls {
			if generic(p, d) {
				continue
			}
			f.walk(d, nil)
		}
	}
	return g
}

// embeddedGenerics returns the generic types of one type parameter whose
// instances a struct type of the package embeds (type Counted struct{
// *Set[int] }). A plain type written out for such an instance would give
// the field its own name (*_Set1), which c.Set no longer selects
// ("undefined selector: Set"), so they stay as they are, and so does the
// field's type (pass instalias); the interpreter names the field by the
// generic type's name, as Go does, where the instance has one type
// argument. (Of several, it gives the field no name: see
// embeddedSeveralArgs.)
func embeddedGenerics(p *Package) map[*types.TypeName]bool {
	out := map[*types.TypeName]bool{}
	for _, file := range p.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if st, ok := n.(*ast.StructType); ok {
				for _, fld := range st.Fields.List {
					if x, ok := embeddedInstance(p, fld); ok {
						out[x] = true
					}
				}
			}
			return true
		})
	}
	return out
}

// embeddedInstance reports whether fld, a field of a struct type, is
// embedded and names an instance of a generic type of the package with
// one type argument (*Set[int], Set[int]), and returns the generic type.
func embeddedInstance(p *Package, fld *ast.Field) (*types.TypeName, bool) {
	if len(fld.Names) > 0 || fld.Type == nil {
		return nil, false
	}
	t := fld.Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	ix, ok := t.(*ast.IndexExpr)
	if !ok {
		return nil, false
	}
	n2, ok := types.Unalias(p.Info.TypeOf(ix)).(*types.Named)
	if !ok || n2.TypeArgs().Len() != 1 || n2.Obj().Pkg() != p.Types {
		return nil, false
	}
	if _, isStruct := n2.Underlying().(*types.Struct); !isStruct {
		return nil, false
	}
	return n2.Origin().Obj(), true
}

// notCopied says why the instances of the held generic types cannot be
// written out as plain types, or "": other passes give an error type
// methods of socklab's own, and a struct the methods it promotes, after
// the file's last line, on the generic type.
func notCopied(held map[*types.TypeName]bool) string {
	var why []string
	for h := range held {
		if isError(h.Type()) {
			why = append(why, h.Name()+" is an error type")
		}
		if st, ok := h.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i).Embedded() {
					why = append(why, h.Name()+" embeds a field")
					break
				}
			}
		}
	}
	slices.Sort(why)
	return strings.Join(why, ", ")
}

// generic reports whether d declares a generic type or function, or a
// method of a generic type: its instances are walked for their types.
func generic(p *Package, d ast.Decl) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Type.TypeParams != nil {
			return true
		}
		if fn, ok := p.Info.Defs[d.Name].(*types.Func); ok {
			return fn.Type().(*types.Signature).RecvTypeParams().Len() > 0
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
				return true
			}
		}
	}
	return false
}

// receiverType is the type a method's receiver of type t is declared on.
func receiverType(t types.Type) *types.TypeName {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}

// copyFinder walks the package from its declarations that are not
// generic, through the instances they name, for the instances to copy.
type copyFinder struct {
	p    *Package
	g    *genericCopies
	bad  []cyclicGeneric
	held map[*types.TypeName]bool // the generic types that hold a bad one
	// optional are the generic types written out where their instances
	// can be, and left to the interpreter where not.
	optional map[*types.TypeName]bool
	decls    map[*types.Func]*ast.FuncDecl
	methods  map[*types.TypeName][]*ast.FuncDecl // of the held types
	used     map[string]bool                     // the identifiers of the package
	funcs    map[string]bool                     // the instances of generic functions walked
	others   map[*types.Package]map[*types.TypeName]bool
	told     map[string]bool // the instances and places refused
}

// walk visits the instances that n names, its type parameters replaced by
// sub.
func (f *copyFinder) walk(n ast.Node, sub map[*types.TypeParam]types.Type) {
	ast.Inspect(n, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		inst, ok := f.p.Info.Instances[id]
		if !ok {
			return true
		}
		args := make([]types.Type, inst.TypeArgs.Len())
		for i := range args {
			args[i] = substitute(inst.TypeArgs.At(i), sub)
			if hasTypeParam(args[i]) {
				return true // in a generic declaration that is not walked for its instances
			}
		}
		switch obj := f.p.Info.Uses[id].(type) {
		case *types.TypeName:
			f.types(substitute(inst.Type, sub), id.Pos())
		case *types.Func:
			for _, a := range args {
				f.types(a, id.Pos())
			}
			f.types(substitute(inst.Type, sub), id.Pos())
			fd := f.decls[obj.Origin()]
			if fd == nil {
				return true
			}
			key := types.ObjectString(obj.Origin(), nil) + fmt.Sprint(args)
			if f.funcs[key] {
				return true
			}
			f.funcs[key] = true
			params := obj.Origin().Type().(*types.Signature).TypeParams()
			inner := map[*types.TypeParam]types.Type{}
			for i := range min(params.Len(), len(args)) {
				inner[params.At(i)] = args[i]
			}
			f.walk(fd, inner)
		}
		return true
	})
}

// types visits the instances that t holds, named at pos.
func (f *copyFinder) types(t types.Type, pos token.Pos) {
	typeParts(t, func(t types.Type) {
		n, ok := t.(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 {
			return
		}
		origin := n.Origin().Obj()
		switch {
		case origin.Pkg() == f.p.Types && f.g.held[origin]:
			f.instance(n, pos)
		case origin.Pkg() == f.p.Types:
			if f.held[origin] {
				f.refuse(pos, origin, "")
			}
		case interpreted(f.p, origin.Pkg()) && f.heldElsewhere(origin):
			f.refuse(pos, origin, "@"+origin.Pkg().Name())
		}
	})
}

// othersHold reports whether another package of the script declares a
// generic type that the interpreter builds without end.
func (f *copyFinder) othersHold() bool {
	found := false
	for _, pkg := range f.p.Script {
		if pkg == f.p.Types {
			continue
		}
		_, held := cyclicGenerics(pkg)
		f.others[pkg] = held
		found = found || len(held) > 0
	}
	return found
}

// heldElsewhere reports whether origin, a generic type of another package
// of the script, holds one that the interpreter builds without end: that
// package cannot write out its instances for this one.
func (f *copyFinder) heldElsewhere(origin *types.TypeName) bool {
	held, ok := f.others[origin.Pkg()]
	if !ok {
		_, held = cyclicGenerics(origin.Pkg())
		f.others[origin.Pkg()] = held
	}
	return held[origin]
}

// instance adds n, an instance of a held generic type, named at pos.
func (f *copyFinder) instance(n *types.Named, pos token.Pos) {
	key := types.TypeString(n, nil)
	if _, ok := f.g.byKey[key]; ok {
		return
	}
	if why := f.unspelled(n); why != "" {
		if !f.told[key] && !f.optional[n.Origin().Obj()] {
			f.told[key] = true
			f.refuse(pos, n.Origin().Obj(), why)
		}
		return
	}
	name := f.name(n.Origin().Obj().Name())
	c := &genericCopy{inst: n, name: name}
	c.plain = types.NewNamed(types.NewTypeName(token.NoPos, f.p.Types, name, nil), n.Underlying(), nil)
	f.g.byKey[key] = c
	f.g.list = append(f.g.list, c)
	f.types(n.Underlying(), pos)
	for _, fd := range f.methods[n.Origin().Obj()] {
		fn := f.p.Info.Defs[fd.Name].(*types.Func)
		params := fn.Type().(*types.Signature).RecvTypeParams()
		sub := map[*types.TypeParam]types.Type{}
		for i := range min(params.Len(), n.TypeArgs().Len()) {
			sub[params.At(i)] = n.TypeArgs().At(i)
		}
		f.walk(fd, sub)
	}
}

// unspelled says which type argument of n the files that the copies of
// n go to cannot name, or "".
func (f *copyFinder) unspelled(n *types.Named) string {
	origin := n.Origin().Obj()
	files := []*ast.File{f.fileOf(origin.Pos())}
	for _, fd := range f.methods[origin] {
		files = append(files, f.fileOf(fd.Pos()))
	}
	for i := range n.TypeArgs().Len() {
		a := n.TypeArgs().At(i)
		if localTypes(f.p, a, map[types.Type]bool{}) {
			return types.TypeString(a, types.RelativeTo(f.p.Types)) + ", a type declared inside a function: declare it at the top level"
		}
		for _, file := range files {
			if file == nil {
				continue
			}
			if _, ok := typeName(f.p, file, a, true); !ok {
				base := filepath.Base(f.p.Fset.Position(file.Pos()).Filename)
				return types.TypeString(a, types.RelativeTo(f.p.Types)) + ", whose package " + base + " does not import: import it in " + base
			}
		}
	}
	return ""
}

// fileOf returns the file of the package that holds pos.
func (f *copyFinder) fileOf(pos token.Pos) *ast.File {
	for _, file := range f.p.Files {
		if file.FileStart <= pos && pos < file.FileEnd {
			return file
		}
	}
	return nil
}

// name returns a name for a plain type that no file of the package uses.
func (f *copyFinder) name(hint string) string {
	for i := 1; ; i++ {
		name := "_" + hint + strconv.Itoa(i)
		if !f.used[name] {
			f.used[name] = true
			return name
		}
	}
}

// refuse records that the instance of origin named at pos cannot be
// written out as a plain type, because of what: a type argument it
// names, "@" and the name of the other package that declares origin, or
// "" where the package's generic types that hold themselves are refused
// whole.
func (f *copyFinder) refuse(pos token.Pos, origin *types.TypeName, what string) {
	at := "@" + fmt.Sprint(pos)
	if f.told[at] {
		return
	}
	f.told[at] = true
	b := f.badOf(origin)
	kind := "a generic type of two type parameters or more that holds an instance of itself"
	if b.through != nil {
		kind = "a generic type that holds an instance of " + b.through.Name() + ", which holds one of " + b.tn.Name() + " in turn"
	}
	msg := fmt.Sprintf("the interpreter cannot build the instances of %s, %s: it builds the instance's fields without end, until its stack is full", b.tn.Name(), kind)
	if what == "" {
		msg += fmt.Sprintf(", and socklab cannot write its instances out as types of their own, as %s: declare %s without type parameters, for the types the program uses", notCopied(f.held), b.tn.Name())
	} else if pkg, ok := strings.CutPrefix(what, "@"); ok {
		msg += fmt.Sprintf(", and socklab writes out the instances of such a type as types of their own only in the package that declares it, %s: declare %s in this package, or without type parameters", pkg, origin.Name())
	} else {
		msg += fmt.Sprintf(", and socklab cannot write this instance out as a type of its own here, as it names %s", what)
	}
	f.g.refused = append(f.g.refused, fmt.Sprintf("%s: %s", f.p.Fset.Position(pos), msg))
}

// badOf returns the type that makes origin's instances built without end.
func (f *copyFinder) badOf(origin *types.TypeName) cyclicGeneric {
	bad := f.bad
	if origin.Pkg() != f.p.Types {
		bad, _ = cyclicGenerics(origin.Pkg())
	}
	for _, b := range bad {
		if b.tn == origin {
			return b
		}
	}
	if len(bad) > 0 {
		return bad[0]
	}
	return cyclicGeneric{tn: origin}
}

// mapTypes returns t with each type that replace maps to a type other
// than nil replaced by it, through composite types and type arguments.
func mapTypes(t types.Type, replace func(types.Type) types.Type) types.Type {
	if r := replace(t); r != nil {
		return r
	}
	m := func(t types.Type) types.Type { return mapTypes(t, replace) }
	switch t := t.(type) {
	case *types.Alias:
		return m(types.Unalias(t))
	case *types.Pointer:
		return types.NewPointer(m(t.Elem()))
	case *types.Slice:
		return types.NewSlice(m(t.Elem()))
	case *types.Array:
		return types.NewArray(m(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(m(t.Key()), m(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), m(t.Elem()))
	case *types.Tuple:
		if t == nil {
			return t
		}
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			v := t.At(i)
			vars[i] = types.NewVar(v.Pos(), v.Pkg(), v.Name(), m(v.Type()))
		}
		return types.NewTuple(vars...)
	case *types.Signature:
		params, _ := m(t.Params()).(*types.Tuple)
		results, _ := m(t.Results()).(*types.Tuple)
		return types.NewSignatureType(nil, nil, nil, params, results, t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			fl := t.Field(i)
			fields[i] = types.NewField(fl.Pos(), fl.Pkg(), fl.Name(), m(fl.Type()), fl.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	case *types.Named:
		if args := t.TypeArgs(); args != nil && args.Len() > 0 {
			list := make([]types.Type, args.Len())
			changed := false
			for i := range list {
				list[i] = m(args.At(i))
				changed = changed || list[i] != args.At(i)
			}
			if changed {
				if n, err := types.Instantiate(nil, t.Origin(), list, false); err == nil {
					return n
				}
			}
		}
	}
	return t
}

// sortedCopies returns the copies of instances of tn, in the order found.
func (g *genericCopies) sortedCopies(tn *types.TypeName) []*genericCopy {
	var out []*genericCopy
	for _, c := range g.list {
		if c.inst.Origin().Obj() == tn {
			out = append(out, c)
		}
	}
	return slices.Clip(out)
}
