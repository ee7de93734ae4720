package diag

import (
	"go/ast"
	"go/token"
	"path"
	"strconv"
	"strings"
)

// A kind is a way an expression can panic.
type kind int

const (
	kIndex  kind = iota + 1 // x[i]
	kSlice                  // x[lo:hi]
	kDiv                    // x / y, x % y
	kDeref                  // *p, p.f, p.m() through a nil pointer
	kAssert                 // x.(T)
	kCall                   // f(...): a panic inside, or close(ch), panic(v)
	kSend                   // ch <- v
	kMapSet                 // m[k] = v
	kShift                  // x << n, x >> n with n negative
)

// header returns the parts of s that run when its marker is set: all of
// a simple statement; the init, condition and post of a loop, an if (and
// its else ifs) or a switch, with the switch's case expressions. Blocks
// inside are marked statement by statement.
func header(s ast.Stmt) []ast.Node {
	var parts []ast.Node
	add := func(ns ...ast.Node) {
		for _, n := range ns {
			if n != nil && !isNilNode(n) {
				parts = append(parts, n)
			}
		}
	}
	switch s := s.(type) {
	case *ast.BlockStmt:
	case *ast.IfStmt:
		for s != nil {
			add(s.Init, s.Cond)
			s, _ = s.Else.(*ast.IfStmt)
		}
	case *ast.ForStmt:
		add(s.Init, s.Cond, s.Post)
	case *ast.RangeStmt:
		add(s.X)
	case *ast.SwitchStmt:
		add(s.Init, s.Tag)
		for _, c := range s.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				add(e)
			}
		}
	case *ast.TypeSwitchStmt:
		add(s.Init, s.Assign)
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			add(c.(*ast.CommClause).Comm)
		}
	default:
		add(s)
	}
	return parts
}

// isNilNode reports whether n is a typed nil in an interface.
func isNilNode(n ast.Node) bool {
	switch n := n.(type) {
	case ast.Stmt:
		return n == nil || (func() bool { s, ok := n.(*ast.ExprStmt); return ok && s == nil })()
	case ast.Expr:
		return n == nil
	}
	return false
}

// saves are the operands a statement saves before it runs: values in an
// interface, and integers, which cost no allocation.
type saves struct{ any, ints []string }

// candidates adds to st the expressions of n that can panic, and to sv
// the operands to save before the statement runs. Where the type checker's
// facts say an expression cannot panic, it is no candidate; where they say
// its index, bounds or divisor are integers, they are saved as integers.
func (m *marker) candidates(st *statement, n ast.Node, sv *saves) {
	save := func(es ...ast.Expr) []int {
		var slots []int
		for _, e := range es {
			if e == nil {
				slots = append(slots, -1) // an absent bound
				continue
			}
			slots = append(slots, len(sv.any))
			sv.any = append(sv.any, m.text(e))
		}
		return slots
	}
	saveInt := func(texts ...string) []int {
		var slots []int
		for _, t := range texts {
			if t == "" {
				slots = append(slots, -1)
				continue
			}
			slots = append(slots, len(sv.ints))
			sv.ints = append(sv.ints, t)
		}
		return slots
	}
	asInt := func(e ast.Expr) string {
		switch {
		case e == nil:
			return ""
		case m.facts.lookup(m, e, e.Pos())&plainInt != 0:
			return m.text(e) // an int already: a conversion costs the interpreter an allocation
		}
		return "int" + m.text(e)
	}
	lenOf := func(e ast.Expr) string { return "len" + m.text(e) }
	commaOK := map[ast.Expr]bool{} // type assertions whose failure gives false
	mapSet := func(l ast.Expr) {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok {
			return
		}
		if f := m.facts.lookup(m, ix, ix.Pos()); f != 0 && f&isMap == 0 {
			return // an element of a slice or array: an index candidate
		}
		st.cands = append(st.cands, candidate{kind: kMapSet, pos: m.fset.Position(ix.Pos())})
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		c := candidate{}
		switch e := n.(type) {
		case *ast.FuncLit:
			return false // marked as a function of its own
		case *ast.AssignStmt:
			if len(e.Lhs) == 2 && len(e.Rhs) == 1 {
				commaOK[ast.Unparen(e.Rhs[0])] = true
			}
			for _, l := range e.Lhs {
				mapSet(l)
			}
			return true
		case *ast.ValueSpec:
			if len(e.Names) == 2 && len(e.Values) == 1 {
				commaOK[ast.Unparen(e.Values[0])] = true
			}
			return true
		case *ast.IncDecStmt:
			mapSet(e.X)
			return true
		case *ast.IndexExpr:
			f := m.facts.lookup(m, e, e.Pos())
			if f&(safe|isMap) != 0 {
				return true // a map read, a constant index of an array, or a generic's instance
			}
			c = candidate{kind: kIndex, pos: m.fset.Position(e.Pos())}
			switch idx, isConst := constInt(e.Index); {
			case isConst && isVariable(e.X):
				// The index is known now; only the length is saved, an
				// int, cheap enough for any loop.
				c.constIndex, c.hasConst = idx, true
				if f&integer != 0 {
					c.ints, c.values = true, saveInt(lenOf(e.X))
				} else {
					c.values = save(&ast.CallExpr{Fun: ast.NewIdent("len"), Args: []ast.Expr{e.X}})
				}
			case m.pure(e.X) && m.pure(e.Index) && f&integer != 0:
				c.lenIndex = true
				c.ints, c.values = true, saveInt(lenOf(e.X), asInt(e.Index))
			case m.pure(e.X) && m.pure(e.Index) && !isTypeName(e.Index):
				// The operand's length and the index only: numbers, cheaper
				// to save than the operand itself, and a value of a type the
				// script declares, once saved in an interface, is one the
				// interpreter cannot use again as its own type.
				c.lenIndex = true
				c.values = save(&ast.CallExpr{Fun: ast.NewIdent("len"), Args: []ast.Expr{e.X}}, e.Index)
			}
		case *ast.SliceExpr:
			f := m.facts.lookup(m, e, e.Pos())
			c = candidate{kind: kSlice, pos: m.fset.Position(e.Pos())}
			pure := m.pure(e.X) && m.pureOrNil(e.Low) && m.pureOrNil(e.High) && m.pureOrNil(e.Max)
			switch {
			case pure && f&integer != 0:
				capOf := "cap" + m.text(e.X)
				if f&isString != 0 {
					capOf = lenOf(e.X)
				}
				c.ints, c.str = true, f&isString != 0
				c.values = saveInt(lenOf(e.X), capOf, asInt(e.Low), asInt(e.High), asInt(e.Max))
			case pure && m.loops == 0:
				// The operand's shape, taken by a compiled function: a value
				// of a type the script declares, saved in an interface of the
				// script's, is one the interpreter cannot use again as its
				// own type.
				shape := &ast.CallExpr{Fun: &ast.SelectorExpr{X: ast.NewIdent(posAlias), Sel: ast.NewIdent("Shape")}, Args: []ast.Expr{e.X}}
				c.values = save(shape, e.Low, e.High, e.Max)
			}
		case *ast.BinaryExpr:
			if e.Op != token.QUO && e.Op != token.REM && e.Op != token.SHL && e.Op != token.SHR {
				return true
			}
			f := m.facts.lookup(m, e, e.OpPos)
			if f&safe != 0 {
				return true
			}
			if e.Op == token.SHL || e.Op == token.SHR {
				if _, ok := constInt(e.Y); ok {
					return true
				}
				st.cands = append(st.cands, candidate{kind: kShift, pos: m.fset.Position(e.OpPos)})
				return true
			}
			if d, ok := constInt(e.Y); ok && d != 0 {
				return true // a division by a constant other than zero cannot fail
			}
			c = candidate{kind: kDiv, pos: m.fset.Position(e.OpPos)}
			switch {
			case m.divs < 2:
				// Go's message has no detail to give: the divisor is
				// saved only to tell two divisions apart.
			case m.pure(e.Y) && f&integer != 0:
				c.ints, c.values = true, saveInt(asInt(e.Y))
			case m.loops == 0 && m.pure(e.Y):
				c.values = save(e.Y)
			}
		case *ast.StarExpr:
			if m.facts.lookup(m, e, e.Pos())&safe != 0 {
				return true
			}
			c = candidate{kind: kDeref, pos: m.fset.Position(e.Pos())}
		case *ast.SelectorExpr:
			if id, ok := e.X.(*ast.Ident); ok && m.imports[id.Name] {
				return true // a package's member
			}
			if m.facts.lookup(m, e, e.Sel.Pos())&safe != 0 {
				return true
			}
			c = candidate{kind: kDeref, pos: m.fset.Position(e.Sel.Pos())}
		case *ast.TypeAssertExpr:
			if e.Type == nil || commaOK[e] {
				return true
			}
			c = candidate{kind: kAssert, pos: m.fset.Position(e.Pos())}
		case *ast.CallExpr:
			if script, ok := boundsCheck(e); ok {
				// The check's panic is the index's or slice's own; its
				// other arguments are copies of operands that ran.
				if script != nil {
					ast.Inspect(script, visit)
				}
				return false
			}
			if m.facts.lookup(m, e, e.Pos())&safe != 0 {
				return true
			}
			c = candidate{kind: kCall, pos: m.fset.Position(e.Pos()), name: callName(e)}
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && m.imports[id.Name] {
					c.pkg = id.Name
				}
			}
		case *ast.SendStmt:
			c = candidate{kind: kSend, pos: m.fset.Position(e.Pos())}
		default:
			return true
		}
		st.cands = append(st.cands, c)
		if c.kind == kIndex || c.kind == kSlice {
			if ex, ok := n.(ast.Expr); ok && m.facts.lookup(m, ex, ex.Pos())&ptrArray != 0 {
				// Through a nil pointer to an array Go fails as a nil
				// dereference, where the interpreter's reflect says a
				// zero Value was used.
				st.cands = append(st.cands, candidate{kind: kDeref, pos: c.pos})
			}
		}
		return true
	}
	ast.Inspect(n, visit)
}

// CheckAlias is the name under which rewritten source imports the bounds
// checks of runner/lift (see lift.Index): a call of one is no candidate of
// its own, since its panic is the one of the index or slice expression it
// checks, and only its first argument is the script's expression; the
// others are copies of operands evaluated before, which would add
// candidates the statement does not have.
const CheckAlias = "_slCheck"

// boundsCheck reports whether c calls a bounds check, and returns the
// script's expression among its arguments, if it has one.
func boundsCheck(c *ast.CallExpr) (ast.Expr, bool) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	if id, ok := sel.X.(*ast.Ident); !ok || id.Name != CheckAlias {
		return nil, false
	}
	if len(c.Args) == 0 {
		return nil, true
	}
	arg := c.Args[0]
	if conv, ok := arg.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if id, ok := conv.Fun.(*ast.Ident); ok && (id.Name == "int" || id.Name == "uint64") {
			arg = conv.Args[0] // the check's conversion, which cannot fail
		}
	}
	return arg, true
}

// divs counts the divisions in n that can fail.
func divs(m *marker, n ast.Node) int {
	count := 0
	ast.Inspect(n, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if e.Op != token.QUO && e.Op != token.REM || m.facts.lookup(m, e, e.OpPos)&safe != 0 {
				return true
			}
			if d, ok := constInt(e.Y); !ok || d == 0 {
				count++
			}
		}
		return true
	})
	return count
}

// constInt returns the value of an integer literal, or of a negated one.
func constInt(e ast.Expr) (int64, bool) {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg, e = true, u.X
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return 0, false
	}
	v, err := strconv.ParseInt(strings.ReplaceAll(lit.Value, "_", ""), 0, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// text returns the source of e.
func (m *marker) text(e ast.Expr) string {
	if c, ok := e.(*ast.CallExpr); ok && c.Lparen == token.NoPos {
		// made by candidates: len(x) or _slPos.Shape(x)
		fun := "len"
		if sel, ok := c.Fun.(*ast.SelectorExpr); ok {
			fun = sel.X.(*ast.Ident).Name + "." + sel.Sel.Name
		}
		return fun + "(" + m.text(c.Args[0]) + ")"
	}
	start, end := m.fset.Position(e.Pos()).Offset, m.fset.Position(e.End()).Offset
	return "(" + string(m.src[start:end]) + ")"
}

// pure reports whether e can be evaluated once more, earlier, with no
// effect and no panic: variables, constants, and arithmetic on them that
// cannot fail.
func (m *marker) pure(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name != "_" && e.Name != "iota"
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return m.pure(e.X)
	case *ast.UnaryExpr:
		return (e.Op == token.SUB || e.Op == token.ADD || e.Op == token.XOR || e.Op == token.NOT) && m.pure(e.X)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.QUO, token.REM, token.SHL, token.SHR:
			return false
		}
		return m.pure(e.X) && m.pure(e.Y)
	case *ast.SelectorExpr:
		// A field (x.f, p.f.g) or a package's variable: read again, it
		// can fail only as the statement itself would, through a nil
		// pointer, and then after the statement's marker is set.
		return isVariable(e)
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && id.Name == "len" && len(e.Args) == 1 {
			return isVariable(e.Args[0])
		}
	}
	return false
}

// isVariable reports whether e is a variable or a field of one, by name:
// x, x.f, x.f.g.
func isVariable(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name != "_" && e.Name != "iota"
	case *ast.SelectorExpr:
		return isVariable(e.X)
	}
	return false
}

func (m *marker) pureOrNil(e ast.Expr) bool { return e == nil || m.pure(e) }

// isTypeName reports whether e names a predeclared type, as in the
// instantiation f[int] that looks like an index.
func isTypeName(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	switch id.Name {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
		"string", "byte", "rune", "bool", "float32", "float64", "complex64", "complex128", "any", "error":
		return true
	}
	return false
}

// canPanic reports whether running n can panic: whether it holds a call,
// an index, a slice, a division, a dereference or a type assertion.
func canPanic(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr, *ast.IndexExpr, *ast.SliceExpr, *ast.StarExpr, *ast.SelectorExpr, *ast.TypeAssertExpr:
			found = true
		case *ast.BinaryExpr:
			found = found || e.Op == token.QUO || e.Op == token.REM || e.Op == token.SHL || e.Op == token.SHR
		}
		return !found
	})
	return found
}

// callName names the function a call calls: "Dial" for sock.Dial(...).
func callName(c *ast.CallExpr) string {
	switch fn := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}

// importNames returns the names under which f refers to its imports.
func importNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name := path.Base(p)
		if imp.Name != nil {
			name = imp.Name.Name
		} else if strings.HasPrefix(name, "v") && len(name) <= 3 {
			name = path.Base(path.Dir(p)) // example.com/pkg/v2
		}
		names[name] = true
	}
	return names
}
