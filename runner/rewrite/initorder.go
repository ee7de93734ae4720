package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Go initialises a package's variables in the order of their declarations,
// but each after the variables its initialiser reads, directly or through
// the functions it calls (types.Info.InitOrder). The interpreter sees only
// the variables an initialiser names: it makes passes over the
// declarations, each setting those whose named variables are set, so
// that
//
//	var a = get()   // get returns b
//	var b = 42
//
// set a to 0. Where its order differs from Go's, this pass makes each
// declaration name the one Go initialises before it, in the value of one
// more variable, so that the interpreter's passes follow Go's order:
//
//	var a = get()     =>   var a, _after1 = get(), &b
//	var a T = get()   =>   var a, _after1 T = get(), func(_after2 any) T { var z T; return z }(&b)
//
// (with /*line*/ comments that keep every column). A blank variable that
// another must name gets a name of its own. The interpreter cannot make a
// declaration wait for one that sets several variables from one call
// (var h, k = f()), nor add to one; a variable it would initialise before
// Go does because of one is refused.

// A varSpec is a declaration of package variables.
type varSpec struct {
	spec *ast.ValueSpec
	file *ast.File
	vars []*types.Var
}

func initOrder(p *Package, f *ast.File, e *Editor) {
	specs, byVar := packageVars(p)
	if len(specs) < 2 {
		return
	}
	goOrder := goInitOrder(p, byVar)
	named := map[*varSpec]map[*varSpec]bool{}
	for _, s := range specs {
		named[s] = namedVars(p, s, byVar)
	}
	names := func(s *varSpec) map[*varSpec]bool { return named[s] }
	if sameOrder(goOrder, interpreterOrder(specs, names)) {
		return
	}
	// The declarations that name the one before them in Go's order; the
	// interpreter does not wait for one that sets several variables from
	// one call (var a, b = f()), which no other can name, and cannot call
	// a function literal for one.
	link := map[*varSpec]*varSpec{}
	for k := 1; k < len(goOrder); k++ {
		if prev := goOrder[k-1]; !names(goOrder[k])[prev] && !prev.multi() && !goOrder[k].multi() {
			link[goOrder[k]] = prev
		}
	}
	linked := func(s *varSpec) map[*varSpec]bool {
		if link[s] == nil {
			return names(s)
		}
		m := map[*varSpec]bool{link[s]: true}
		for d := range names(s) {
			m[d] = true
		}
		return m
	}
	if got := interpreterOrder(specs, linked); !sameOrder(goOrder, got) {
		for k, s := range got {
			if s != goOrder[k] {
				if s.file == f {
					e.Refuse(s.spec.Pos(), "the interpreter would initialise %s before %s, unlike Go, which initialises each package variable after those its initialiser reads, even through a function or a call that sets several variables, and socklab cannot reorder them here: set %s in a func init() instead", specNames(s), specNames(goOrder[k]), specNames(s))
				}
				break
			}
		}
		return
	}
	// The name each declaration of Go's order goes by: its first named
	// variable's, or one it is given.
	name := func(k int) (string, bool) {
		for _, n := range goOrder[k].spec.Names {
			if n.Name != "_" {
				return n.Name, false
			}
		}
		return fmt.Sprintf("_slInit%d", k), true
	}
	e.Later(func() {
		for k, s := range goOrder {
			if s.file != f {
				continue
			}
			if n, given := name(k); given && k+1 < len(goOrder) {
				e.Replace(s.spec.Names[0].Pos(), s.spec.Names[0].End(), n)
			}
			if link[s] == nil {
				continue
			}
			prev, _ := name(k - 1)
			// One more variable, whose value names the one before: the
			// declaration's own values are evaluated as they are.
			after := e.Name("after")
			last := s.spec.Names[len(s.spec.Names)-1]
			e.Insert(last.End(), ", "+after+e.lineAt(last.End()))
			named := "&" + prev
			if s.spec.Type != nil {
				t := e.Edited(s.spec.Type.Pos(), s.spec.Type.End())
				named = "func(" + e.Name("after") + " any) " + t + " { var z " + t + "; return z }(&" + prev + ")"
			}
			end := s.spec.Values[len(s.spec.Values)-1].End()
			e.Insert(end, ", "+named+e.lineAt(end))
		}
	})
}

// packageVars returns the declarations of p's package variables, in the
// order of p's files and of their declarations, and the declaration of
// each variable.
func packageVars(p *Package) ([]*varSpec, map[*types.Var]*varSpec) {
	var specs []*varSpec
	byVar := map[*types.Var]*varSpec{}
	for _, file := range p.Files {
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				s := &varSpec{spec: sp.(*ast.ValueSpec), file: file}
				for _, n := range s.spec.Names {
					if v, ok := p.Info.Defs[n].(*types.Var); ok {
						s.vars = append(s.vars, v)
						byVar[v] = s
					}
				}
				specs = append(specs, s)
			}
		}
	}
	return specs, byVar
}

// goInitOrder returns the declarations with values in the order Go
// initialises them.
func goInitOrder(p *Package, byVar map[*types.Var]*varSpec) []*varSpec {
	var order []*varSpec
	seen := map[*varSpec]bool{}
	for _, in := range p.Info.InitOrder {
		for _, v := range in.Lhs {
			if s := byVar[v]; s != nil && !seen[s] {
				seen[s] = true
				order = append(order, s)
			}
		}
	}
	return order
}

// namedVars returns the declarations of the package variables that s
// names, other than s: those the interpreter sets before it.
func namedVars(p *Package, s *varSpec, byVar map[*types.Var]*varSpec) map[*varSpec]bool {
	out := map[*varSpec]bool{}
	ast.Inspect(s.spec, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if v, ok := p.Info.Uses[id].(*types.Var); ok && byVar[v] != nil && byVar[v] != s && !byVar[v].multi() {
						out[byVar[v]] = true
					}
				}
				return true
			})
			return false
		case *ast.Ident:
			if v, ok := p.Info.Uses[x].(*types.Var); ok && byVar[v] != nil && byVar[v] != s && !byVar[v].multi() {
				out[byVar[v]] = true
			}
		}
		return true
	})
	return out
}

// interpreterOrder returns the declarations with values in the order the
// interpreter initialises them: passes over all of them, each setting
// those whose named variables are set.
func interpreterOrder(specs []*varSpec, names func(*varSpec) map[*varSpec]bool) []*varSpec {
	var order []*varSpec
	set := map[*varSpec]bool{}
	for todo := specs; len(todo) > 0; {
		var later []*varSpec
		for _, s := range todo {
			ready := true
			for d := range names(s) {
				ready = ready && set[d]
			}
			if !ready {
				later = append(later, s)
				continue
			}
			set[s] = true
			if len(s.spec.Values) > 0 {
				order = append(order, s)
			}
		}
		if len(later) == len(todo) {
			break // a loop, which the type checker refused already
		}
		todo = later
	}
	return order
}

// specNames returns the names s declares, as the source spells them.
func specNames(s *varSpec) string {
	var names []string
	for _, n := range s.spec.Names {
		names = append(names, n.Name)
	}
	return strings.Join(names, ", ")
}

// multi reports whether s sets several variables from one call, which
// the interpreter lets no declaration wait for.
func (s *varSpec) multi() bool { return len(s.spec.Names) > 1 && len(s.spec.Values) == 1 }

func sameOrder(a, b []*varSpec) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
