package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// gobNamedType returns the name of a type of the script's whose gob
// description a value encoded with a gob.Encoder's Encode sends under
// another name than Go's, and why, "" where there is none. The rewrite
// names the descriptions of the script's types as Go does (pass
// goberrors, lift.GobNewEncoder) where gob meets each of them as a
// runtime type of its own; left are the types it cannot name:
//   - a type inside a value held in an interface where the script registers
//     one of its own types: gob describes it in the middle of the value,
//     where the writer does not look;
//   - two types that the interpreter makes one (type Names []string and
//     []string, or Names and type Tags []string): gob describes them once
//     where Go describes each, and numbers the types after them otherwise;
//   - a type declared inside a function, with type parameters or in
//     another package of the script, a basic type with methods other than
//     String and Error inside a slice, an array or a map, and a struct
//     type spelt out (struct{ M Move }) that holds one of the script's
//     types or embeds a field, which the table does not name;
//   - any, where the script also hands values to net/rpc, whose encoders
//     gob meets the script's types in too, or encodes with EncodeValue or
//     a method value, which the rewrite does not see.
func (r *reporter) gobNamedType() (name, why string) {
	const unnamed = "carries no type name (a Go build sends its name with its fields)"
	registered := r.gobRegistered()
	g := &gobReach{r: r, seen: map[types.Type]bool{}, forms: map[string]types.Type{}}
	var top []types.Type
	unseen := false
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			t := r.typeOf(n.X)
			if t == nil || !isNamed(t, "encoding/gob", "Encoder") {
				return true
			}
			call, isCall := parentCall(stack, n)
			switch {
			case n.Sel.Name == "EncodeValue":
				unseen = true
			case n.Sel.Name == "Encode" && !isCall:
				unseen = true
			case n.Sel.Name == "Encode" && len(call.Args) == 1:
				if at := r.typeOf(call.Args[0]); at != nil {
					top = append(top, at)
				}
			}
		case *ast.ImportSpec:
			if n.Path.Value == `"net/rpc"` {
				unseen = true
			}
		case *ast.Ident:
			// gob.NewEncoder as a value makes encoders the rewrite does not
			// make with lift.GobNewEncoder.
			if pn, ok := r.info.Uses[n].(*types.PkgName); ok && pn.Imported().Path() == "encoding/gob" && len(stack) > 0 {
				if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.X == n && sel.Sel.Name == "NewEncoder" {
					if _, called := parentCall(stack[:len(stack)-1], sel); !called {
						unseen = true
					}
				}
			}
		}
		return true
	})
	if len(top) == 0 {
		return "", ""
	}
	if unseen {
		for _, t := range top {
			if s := r.gobNamed(t, false, registered, map[types.Type]bool{}); s != "" {
				return s, unnamed
			}
		}
		return "", ""
	}
	for _, t := range top {
		if types.IsInterface(t) {
			// The value's dynamic type: any of the script's.
			for _, n := range r.declaredTypes() {
				switch n.Underlying().(type) {
				case *types.Interface:
					continue
				case *types.Slice, *types.Array, *types.Map:
					if !r.pooled(n) && g.described(n) {
						return n.Obj().Name(), "carries no type name where the value encoded is an interface (the interpreter makes " + n.Obj().Name() + " the type " + g.spell(n.Underlying()) + ", which gob cannot tell from it)"
					}
				}
				g.walk(n, false, true)
			}
		}
		g.walk(t, false, true)
	}
	if g.iface && registered != "" && (g.ifaceInMap || r.registeredHoldInterface()) {
		return registered, "carries no type name where a value of it is held in an interface inside a map or inside another value an interface holds (a Go build sends its name with its fields)"
	}
	if g.name != "" {
		return g.name, g.why
	}
	return "", ""
}

// registeredHoldInterface reports whether a type the script registers
// with gob holds an interface (through pointers, elements, keys and
// exported fields): gob describes the types a value of it holds in
// an interface inside the value's own data, where the writer does not
// look.
func (r *reporter) registeredHoldInterface() bool {
	holds := false
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || holds {
			return !holds
		}
		callee := r.calleeName(call)
		if callee != "encoding/gob.Register" && callee != "encoding/gob.RegisterName" || len(call.Args) == 0 {
			return true
		}
		if t := r.typeOf(call.Args[len(call.Args)-1]); t != nil && !types.IsInterface(t) {
			holds = rewrite.Involves(t, types.IsInterface)
		} else {
			holds = true // a value of an interface type: any of the script's
		}
		return true
	})
	return holds
}

// parentCall returns the call whose callee sel is.
func parentCall(stack []ast.Node, sel *ast.SelectorExpr) (*ast.CallExpr, bool) {
	if len(stack) == 0 {
		return nil, false
	}
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	return call, ok && call.Fun == sel
}

// gobReach follows gob through the types of the values a script encodes,
// and finds the first of the script's types whose description the
// rewrite cannot name as Go does.
type gobReach struct {
	r     *reporter
	seen  map[types.Type]bool
	forms map[string]types.Type // the types reached, by runtime form
	marks map[*types.TypeName]string
	iface bool // an interface is reached inside a value
	// ifaceInMap is set where an interface is reached inside a map's key
	// or element, whose order gob meets them in is the map's.
	ifaceInMap bool
	inMap      bool
	name       string
	why        string
	// declaredForms counts the package's declared types by runtime form.
	declaredForms map[string]int
}

func (g *gobReach) fail(name, why string) {
	if g.name == "" {
		g.name, g.why = name, why
	}
}

// walk follows t; spelt is set where gob spells t out in a description's
// name (a struct field's type without a name of its own, and the types
// inside it), top where t is a value encoded.
func (g *gobReach) walk(t types.Type, spelt, top bool) {
	if t == nil || g.name != "" {
		return
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		g.walk(p.Elem(), spelt, top)
		return
	}
	if types.IsInterface(t) {
		if !top {
			g.iface = true
			g.ifaceInMap = g.ifaceInMap || g.inMap
		}
		return
	}
	if g.seen[t] {
		return
	}
	g.seen[t] = true
	r := g.r
	if g.marks == nil {
		g.marks = rewrite.MarkedStructs(r.files, r.pkg, r.info)
		g.declaredForms = map[string]int{}
		for _, n := range r.declaredTypes() {
			if n.Obj().Parent() == r.pkg.Scope() {
				g.declaredForms[rewrite.RuntimeForm(r.pkg, n, g.marks)]++
			}
		}
	}
	form := rewrite.RuntimeForm(r.pkg, t, g.marks)
	if other, ok := g.forms[form]; ok && !types.Identical(other, t) && g.described(t) {
		if !g.r.declared(t) {
			t, other = other, t
		}
		g.fail(g.spell(t), "is that of "+g.spell(other)+" too (the interpreter makes them one type, which gob describes once where a Go build describes each)")
		return
	}
	if g.described(t) {
		g.forms[form] = t
	}
	n, named := t.(*types.Named)
	if named && n.Obj().Pkg() != nil && !r.compiledPackage(n.Obj().Pkg()) {
		obj := n.Obj()
		switch {
		case obj.Pkg() != r.pkg || obj.Parent() != r.pkg.Scope() || n.TypeArgs().Len() > 0:
			g.fail(obj.Name(), "carries no type name (a Go build sends its name with its fields; socklab names only the types declared at the top of the package that encodes them)")
			return
		case hasMethod(n, "GobEncode") || hasMethod(n, "MarshalBinary"):
			return // described as Go describes it where gob calls the method (gobMethods refuses the rest)
		case r.pooled(n):
		case isBasicType(n):
			if spelt {
				g.fail(obj.Name(), "names a slice of it by the type the interpreter makes it (a Go build sends its name)")
				return
			}
		default:
			if g.declaredForms[rewrite.RuntimeForm(r.pkg, n, g.marks)] > 1 {
				g.fail(obj.Name(), "carries no type name (the interpreter makes it one type with another the script declares, which gob cannot tell apart)")
				return
			}
		}
	}
	spelt = spelt && !named // a named type is spelt by its name
	switch u := t.Underlying().(type) {
	case *types.Slice:
		g.walk(u.Elem(), spelt, false)
	case *types.Array:
		g.walk(u.Elem(), spelt, false)
	case *types.Map:
		was := g.inMap
		g.inMap = true
		g.walk(u.Key(), spelt, false)
		g.walk(u.Elem(), spelt, false)
		g.inMap = was
	case *types.Struct:
		if spelt {
			for i := range u.NumFields() {
				if f := u.Field(i); f.Embedded() || g.holdsScriptType(f.Type(), map[types.Type]bool{}) {
					g.fail(types.TypeString(t, types.RelativeTo(r.pkg)), "carries the interpreter's spelling of its fields' types (a Go build spells them as Go does)")
					return
				}
			}
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			ft := f.Type()
			for p, ok := types.Unalias(ft).(*types.Pointer); ok; p, ok = types.Unalias(ft).(*types.Pointer) {
				ft = p.Elem()
			}
			switch ft.Underlying().(type) {
			case *types.Chan, *types.Signature:
				continue
			}
			_, hasName := types.Unalias(ft).(*types.Named)
			g.walk(f.Type(), !hasName, false) // a field's type is spelt where it has no name
		}
	}
}

// described reports whether gob sends a description of t: a struct,
// slice (but of bytes), array or map.
func (g *gobReach) described(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Map:
		return true
	case *types.Slice:
		return !isByte(u.Elem())
	}
	return false
}

// holdsScriptType reports whether t is or holds a type the script
// declares.
func (g *gobReach) holdsScriptType(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.Obj().Pkg() != nil && !g.r.compiledPackage(t.Obj().Pkg())
	case *types.Pointer:
		return g.holdsScriptType(t.Elem(), seen)
	case *types.Slice:
		return g.holdsScriptType(t.Elem(), seen)
	case *types.Array:
		return g.holdsScriptType(t.Elem(), seen)
	case *types.Map:
		return g.holdsScriptType(t.Key(), seen) || g.holdsScriptType(t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			if g.holdsScriptType(t.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

func (g *gobReach) spell(t types.Type) string {
	return types.TypeString(t, types.RelativeTo(g.r.pkg))
}

func isBasicType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Basic)
	return ok
}
