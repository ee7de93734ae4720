package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// sync/atomic's Pointer[T] is generic, so the interpreter, which takes
// Go's library compiled, lacks it ("undefined selector"). This pass writes
// each instance the package names as a type of its own, declared once per
// package after the last line of the first file that names it, whose
// methods hand the pointer to compiled functions that load, store, swap
// and compare it with sync/atomic's operations, in a word of the layout of
// Go's (lift.AtomicPointer), so that fmt prints it as Go does:
//
//	var current atomic.Pointer[Config]   =>   var current _slAtomicPointer1
//
//	type _slAtomicPointer1 struct { _ [0]*Config; _noCopy _sl2.AtomicNoCopy; v _sl2.AtomicPointer }
//	func (x *_slAtomicPointer1) Load() *Config { return _sl2.AtomicLoad(&x.v, (*Config)(nil)).(*Config) }
//	...
//
// The zero value holds nil, as Go's does, and CompareAndSwap compares the
// pointers' addresses. Every pass that spells a type spells an instance by
// its type's name (typeName). An instance of a type parameter in a generic
// type that the package writes out per instance (genericcopies.go) is
// declared for each instance the copies name, and each copy names it. An
// instance of another type parameter or of a type declared in a function,
// which the file's top level cannot name, and an embedded atomic.Pointer (its field would take the declared type's
// name) are refused, and so is one or a pointer to one stored as an
// interface (%T of it would name the declared type).

// atomicPointerMethods are the declared type and its methods, for its name
// {N}, the pointer type {P} and the name {lift} of runner/lift.
const atomicPointerMethods = `type {N} struct { _ [0]{P}; _noCopy {lift}.AtomicNoCopy; v {lift}.AtomicPointer }
func (x *{N}) Load() {P} { return {lift}.AtomicLoad(&x.v, ({P})(nil)).({P}) }
func (x *{N}) Store(val {P}) { {lift}.AtomicStore(&x.v, val) }
func (x *{N}) Swap(new {P}) (old {P}) { return {lift}.AtomicSwap(&x.v, new, ({P})(nil)).({P}) }
func (x *{N}) CompareAndSwap(old, new {P}) (swapped bool) { return {lift}.AtomicCompareAndSwap(&x.v, old, new) }`

// standIn is the type the pass declares for one instance of atomic.Pointer.
type standIn struct {
	t    types.Type // atomic.Pointer[T]
	arg  types.Type // T
	name string
	home *ast.File // the file that declares it: the first that names it
}

func atomicPointers(p *Package, f *ast.File, e *Editor) {
	for _, s := range standInsOf(p) {
		if s.home != f {
			continue
		}
		arg, ok := typeName(p, f, s.arg, true)
		if !ok {
			continue // refused below
		}
		e.Append(strings.NewReplacer("{N}", s.name, "{P}", "*"+arg, "{lift}", e.Import(lift.Package)).Replace(atomicPointerMethods))
	}
	storedAsInterface(p, f, atomicPointerOrPointer, func(x ast.Expr, t, target types.Type) {
		named := func(t types.Type) string {
			return types.TypeString(t, func(pkg *types.Package) string {
				if pkg == p.Types {
					return ""
				}
				return pkg.Name()
			})
		}
		e.Refuse(x.Pos(), "%s is an %s, for which socklab writes a type of its own (the interpreter has no generic atomic.Pointer), so %%T and reflect of it as %s would name that type: call its methods rather than storing it as %s", types.ExprString(x), named(t), named(target), named(target))
	})
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok {
			return true
		}
		arg, ok := atomicPointerArg(p.Info, ix)
		if !ok {
			return true
		}
		if methodExprRecv(p.Info, stack) {
			return false // pass methodfuncs writes the method expression out, naming the type as typeName does
		}
		if embedded(stack) {
			e.Refuse(ix.Pos(), "the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only as a field with a name: name the field (ptr atomic.Pointer[%s]) and call ptr's methods", e.Text(ix.Index.Pos(), ix.Index.End()))
			return false
		}
		if mentionsTypeParam(arg) && copiedGeneric(p, stack) {
			return false // each copy of the generic type names its instance's type (atomicPointerCopy)
		}
		name, ok := typeName(p, f, p.Info.TypeOf(ix), true)
		if !ok {
			what, instead := "a type declared in a function", "declare it at the package level"
			if mentionsTypeParam(arg) {
				what, instead = "a type parameter", "hold the pointer in an atomic.Value (v.Load().(*T)), or write the type out for each type it holds"
			}
			e.Refuse(ix.Pos(), "the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab writes it out only for a type that the package level can name, which %s is not (%s): %s", types.TypeString(arg, types.RelativeTo(p.Types)), what, instead)
			return false
		}
		if e.editedInside(ix.Pos(), ix.End()) {
			if _, ok := e.Move(ix.Pos(), ix.End()); !ok {
				e.Refuse(ix.Pos(), "the interpreter cannot take atomic.Pointer from Go's compiled library, and socklab cannot write this one out: name atomic.Pointer[%s] by a type alias declared at the package level", e.Text(ix.Index.Pos(), ix.Index.End()))
				return false
			}
		}
		e.Replace(ix.Pos(), ix.End(), name)
		return false
	})
}

// standInsOf returns the types the pass declares for the package's
// instances of atomic.Pointer, finding them the first time: each instance
// that a file of the package writes out, of a type argument that the
// top level of a file can name.
func standInsOf(p *Package) []*standIn {
	if p.atomicPointers != nil {
		return *p.atomicPointers
	}
	list := []*standIn{}
	p.atomicPointers = &list
	used := map[string]bool{}
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				used[id.Name] = true
			}
			return true
		})
	}
	n := 0
	for _, f := range p.Files {
		ast.Inspect(f, func(node ast.Node) bool {
			ix, ok := node.(*ast.IndexExpr)
			if !ok {
				return true
			}
			arg, ok := atomicPointerArg(p.Info, ix)
			if !ok || localTypes(p, arg, map[types.Type]bool{}) {
				return true
			}
			t := p.Info.TypeOf(ix)
			if slices.ContainsFunc(list, func(s *standIn) bool { return types.Identical(s.t, t) }) {
				return true
			}
			var name string
			for name == "" || used[name] {
				n++
				name = fmt.Sprintf("_slAtomicPointer%d", n)
			}
			list = append(list, &standIn{t: t, arg: arg, name: name, home: f})
			return true
		})
	}
	// The instances in the fields of the generic types that the package
	// writes out per instance (genericcopies.go), declared beside the
	// copy, in the file of the generic type.
	if p.copies != nil {
		for _, c := range p.copies.list {
			st, ok := c.inst.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			home := fileOfPos(p, c.inst.Origin().Obj().Pos())
			for i := range st.NumFields() {
				scriptAtomicPointers(p, st.Field(i).Type(), func(t, arg types.Type) {
					if home == nil || localTypes(p, arg, map[types.Type]bool{}) || slices.ContainsFunc(list, func(s *standIn) bool { return types.Identical(s.t, t) }) {
						return
					}
					var name string
					for name == "" || used[name] {
						n++
						name = fmt.Sprintf("_slAtomicPointer%d", n)
					}
					list = append(list, &standIn{t: t, arg: arg, name: name, home: home})
				})
			}
		}
	}
	// The longest spelling first, so that an instance in another's type
	// argument is replaced inside it only after it (see spellType).
	slices.SortStableFunc(list, func(a, b *standIn) int {
		return len(types.TypeString(b.t, nil)) - len(types.TypeString(a.t, nil))
	})
	return list
}

// spellType is types.TypeString of t with qual, but for each instance of
// atomic.Pointer that the pass declares a type for, which it spells by
// that type's name: the interpreter has no atomic.Pointer.
func spellType(p *Package, t types.Type, qual types.Qualifier) string {
	const mark = "\x00atomic"
	var atomicPkg *types.Package
	q := func(pkg *types.Package) string {
		if pkg.Path() == "sync/atomic" {
			atomicPkg = pkg
			return mark
		}
		return qual(pkg)
	}
	name := types.TypeString(t, q)
	if !strings.Contains(name, mark+".Pointer[") {
		if atomicPkg != nil {
			name = strings.ReplaceAll(name, mark, qual(atomicPkg))
		}
		return name
	}
	for _, s := range standInsOf(p) {
		name = strings.ReplaceAll(name, types.TypeString(s.t, q), s.name)
	}
	if strings.Contains(name, mark) {
		name = strings.ReplaceAll(name, mark, qual(atomicPkg))
	}
	return name
}

// atomicPointerArg returns T where ix writes the type sync/atomic.Pointer[T].
func atomicPointerArg(info *types.Info, ix *ast.IndexExpr) (types.Type, bool) {
	tv, ok := info.Types[ix]
	if !ok || !tv.IsType() {
		return nil, false
	}
	return atomicPointerOf(tv.Type)
}

// atomicPointerOf returns T where t is sync/atomic.Pointer[T].
func atomicPointerOf(t types.Type) (types.Type, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() != 1 {
		return nil, false
	}
	obj := n.Origin().Obj()
	if obj.Pkg() == nil || obj.Pkg().Path() != "sync/atomic" || obj.Name() != "Pointer" {
		return nil, false
	}
	return n.TypeArgs().At(0), true
}

// isAtomicPointer reports whether t is an instance of sync/atomic.Pointer,
// which the pass makes a type of the package: printing and encoding treat
// it as one.
func isAtomicPointer(t types.Type) bool {
	_, ok := atomicPointerOf(t)
	return ok
}

// atomicPointerOrPointer reports whether t is an instance of
// sync/atomic.Pointer or a pointer to one.
func atomicPointerOrPointer(t types.Type) bool {
	if pt, ok := t.Underlying().(*types.Pointer); ok {
		t = pt.Elem()
	}
	return isAtomicPointer(t)
}

// mentionsTypeParam reports whether t is built from a type parameter
// (through pointers, slices, arrays, maps, channels and type arguments).
func mentionsTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return mentionsTypeParam(t.Elem())
	case *types.Slice:
		return mentionsTypeParam(t.Elem())
	case *types.Array:
		return mentionsTypeParam(t.Elem())
	case *types.Chan:
		return mentionsTypeParam(t.Elem())
	case *types.Map:
		return mentionsTypeParam(t.Key()) || mentionsTypeParam(t.Elem())
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if mentionsTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	}
	return false
}

// copiedGeneric reports whether the node whose parents are stack lies in
// the declaration of a generic type, or a method of one, that the package
// writes out per instance (genericcopies.go).
func copiedGeneric(p *Package, stack []ast.Node) bool {
	if p.copies == nil || len(p.copies.list) == 0 {
		return false
	}
	for _, n := range stack {
		switch d := n.(type) {
		case *ast.TypeSpec:
			tn, ok := p.Info.Defs[d.Name].(*types.TypeName)
			return ok && p.copies.held[tn]
		case *ast.FuncDecl:
			if d.Recv == nil || len(d.Recv.List) == 0 {
				return false
			}
			tn := receiverType(p.Info.TypeOf(d.Recv.List[0].Type))
			return tn != nil && p.copies.held[tn]
		}
	}
	return false
}

// atomicPointerCopy returns the name of the type the pass declares for
// x, an atomic.Pointer in a generic declaration that pass generics copies
// for the types sub gives its type parameters.
func atomicPointerCopy(p *Package, f *ast.File, x ast.Expr, sub map[*types.TypeParam]types.Type) (string, bool) {
	tv, ok := p.Info.Types[x]
	if !ok || !tv.IsType() || !isAtomicPointer(tv.Type) {
		return "", false
	}
	return typeName(p, f, substitute(tv.Type, sub), true)
}

// fileOfPos returns the file of p that holds pos, or nil.
func fileOfPos(p *Package, pos token.Pos) *ast.File {
	for _, f := range p.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// methodExprRecv reports whether the node whose parents are stack is the
// receiver type of a method expression ((*T).M).
func methodExprRecv(info *types.Info, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.StarExpr, *ast.ParenExpr:
			continue
		case *ast.SelectorExpr:
			s := info.Selections[parent]
			return s != nil && s.Kind() == types.MethodExpr
		}
		return false
	}
	return false
}

// embedded reports whether the node whose parents are stack is the type
// of an embedded field of a struct (T or *T).
func embedded(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.StarExpr, *ast.ParenExpr:
			continue
		case *ast.Field:
			if i < 2 {
				return false
			}
			_, inStruct := stack[i-2].(*ast.StructType)
			return inStruct && len(parent.Names) == 0
		}
		return false
	}
	return false
}

// scriptAtomicPointers calls visit with each instance of atomic.Pointer
// that t holds, and its type argument: through pointers, slices, arrays,
// maps, channels and the fields of structs, but not into a type of Go's
// library, which the interpreter takes compiled, fields and all (an
// *os.File holds an atomic.Pointer of its own, whose type argument the
// file cannot name).
func scriptAtomicPointers(p *Package, t types.Type, visit func(t, arg types.Type)) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if arg, ok := atomicPointerOf(t); ok {
			visit(t, arg)
			return
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Chan:
			walk(u.Elem())
		case *types.Named:
			if u.Obj().Pkg() == nil || interpreted(p, u.Obj().Pkg()) {
				walk(u.Underlying())
			}
		case *types.Struct:
			for i := range u.NumFields() {
				walk(u.Field(i).Type())
			}
		}
	}
	walk(t)
}
