package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// hint returns the name the script most likely meant where e says a name
// is undefined: the closest name, by edit distance, among the members of
// the package, the fields and methods of the type, or the names in scope.
func (c *checker) hint(e types.Error) string {
	if strings.Contains(e.Msg, "but does have") {
		return "" // Go's own message already names it
	}
	p, file := c.fileAt(e.Pos)
	if file == nil {
		return ""
	}
	var sel *ast.SelectorExpr
	var id *ast.Ident
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || sel != nil || id != nil || n.Pos() > e.Pos || n.End() <= e.Pos {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if n.Sel.Pos() == e.Pos || n.Pos() == e.Pos && !strings.HasPrefix(e.Msg, "undefined: ") {
				sel = n
			}
		case *ast.Ident:
			if n.Pos() == e.Pos {
				id = n
			}
		}
		return true
	})
	switch {
	case sel != nil:
		return closest(sel.Sel.Name, c.members(p, sel.X))
	case id != nil && strings.HasPrefix(e.Msg, "undefined: "+id.Name):
		return closest(id.Name, inScope(p, file, id.Pos()))
	}
	return ""
}

// fileAt returns the file, and its package, that holds pos.
func (c *checker) fileAt(pos token.Pos) (*Package, *ast.File) {
	for _, p := range c.checked {
		for _, f := range p.Files {
			if f.FileStart <= pos && pos <= f.FileEnd {
				return p, f
			}
		}
	}
	return nil, nil
}

// members returns the names that x.NAME could select: the exported
// members of a package, or the fields and methods of x's type.
func (c *checker) members(p *Package, x ast.Expr) []string {
	if id, ok := x.(*ast.Ident); ok {
		if pn, ok := p.Info.Uses[id].(*types.PkgName); ok {
			var names []string
			for _, name := range pn.Imported().Scope().Names() {
				if token.IsExported(name) {
					names = append(names, name)
				}
			}
			return names
		}
	}
	tv, ok := p.Info.Types[x]
	if !ok || tv.Type == nil {
		return nil
	}
	t := tv.Type
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	var names []string
	add := func(o types.Object) {
		if o.Exported() || o.Pkg() == p.Types {
			names = append(names, o.Name())
		}
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := range ms.Len() {
		add(ms.At(i).Obj())
	}
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		ms = types.NewMethodSet(t)
		for i := range ms.Len() {
			add(ms.At(i).Obj())
		}
	}
	fields(t, add, map[types.Type]bool{})
	return names
}

// fields calls add for each field of a struct type, promoted ones too.
func fields(t types.Type, add func(types.Object), seen map[types.Type]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := range s.NumFields() {
		f := s.Field(i)
		add(f)
		if f.Embedded() {
			fields(f.Type(), add, seen)
		}
	}
}

// inScope returns the names visible at pos in file.
func inScope(p *Package, file *ast.File, pos token.Pos) []string {
	scope := p.Info.Scopes[file]
	if scope == nil {
		return nil
	}
	scope = scope.Innermost(pos)
	var names []string
	for s := scope; s != nil; s = s.Parent() {
		for _, name := range s.Names() {
			if o := s.Lookup(name); o != nil && (s == types.Universe || s == p.Types.Scope() || o.Pos() < pos) {
				names = append(names, name)
			}
		}
	}
	return names
}

// closest returns the candidate nearest to name, ignoring case, if it is
// few enough edits away to be a slip.
func closest(name string, candidates []string) string {
	best, bestDist := "", -1
	lower := strings.ToLower(name)
	for _, cand := range candidates {
		if cand == name || cand == "_" {
			continue
		}
		d := distance(lower, strings.ToLower(cand))
		if bestDist < 0 || d < bestDist || d == bestDist && shared(lower, cand) > shared(lower, best) {
			best, bestDist = cand, d
		}
	}
	if best == "" || bestDist > max(1, len([]rune(name))/3) {
		return ""
	}
	return best
}

// shared counts the letters a and b share at their start and end,
// ignoring case: of two names as many edits away, the one sharing more
// is the likelier slip (Printn is Println rather than Print).
func shared(a, b string) int {
	a, b = strings.ToLower(a), strings.ToLower(b)
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	m := 0
	for m < len(a)-n && m < len(b)-n && a[len(a)-1-m] == b[len(b)-1-m] {
		m++
	}
	return n + m
}

// distance is the Damerau-Levenshtein distance (optimal string alignment)
// between a and b: insertions, deletions, substitutions and swaps of two
// neighbours each count one.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}
