package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's index and slice errors are reflect's ("reflect: slice
// index out of range"), where Go's runtime error says "index out of range
// [5] with length 2". The marks (runner/diag) give Go's error to a recover
// that sees the panic leave a function whose operands they saved; they
// cannot where the function recovers the panic itself (its deferred call
// runs before the marks place the panic), nor where an operand is not a
// plain variable. In a package that calls recover, this pass routes each
// such index or slice expression through a compiled check of runner/lift,
// which panics with Go's own error before the interpreter's would:
//
//	return s[i], nil      =>   return s[_slCheck.Index(i, len(s))/*line :12:12*/], nil
//	m[k] = parse(b)       =>   m[k] = parse(b)                  (a map: nothing to check)
//	buf[i] = next()       =>   { var _v1 byte = next(); buf[_slCheck.Index(i, len(buf))] = _v1 }
//	line[:f(x)]           =>   line[:_slCheck.StringHigh(f(x), 0, len(line))]
//
// Each expression of the script is evaluated once, where it was; the
// check gets copies only of operands that can be read again with no
// effect (variables, fields, elements), the operand itself for its
// length. An operand that a call returns is held in a variable declared
// just before the statement, on its line, where nothing in the statement
// runs before it:
//
//	cmd := strings.Fields(line)[0]   =>   _x1 := strings.Fields(line); cmd := _x1[_slCheck.Index(0, len(_x1))]
//
// (with /*line*/ comments that keep every column). An element assigned to is checked after the right-hand side,
// as Go checks it: pass evalorder evaluates a right-hand side that calls first. A /*line*/ comment after each insertion keeps the
// columns of the code that follows. What the pass cannot check stays
// refused where a script shows what recover returns (runner/refuse, see
// Covered).

func boundsChecks(p *Package, f *ast.File, e *Editor) {
	plan := PlanBounds(p.Info, p.Files, f)
	if len(plan.checks) == 0 {
		return
	}
	// Once the other passes have made their edits, so that none replaces
	// text these insert into.
	e.Later(func() {
		others := slices.Clone(e.edits)
		for i := len(plan.order) - 1; i >= 0; i-- { // inner expressions first
			x := plan.order[i]
			c := plan.checks[x]
			if c.form == covered {
				continue
			}
			if e.replacesAround(others, x, c.script) {
				e.Refuse(x.Pos(), "socklab cannot check this expression's bounds here, as it must for what recover returns: write it on a line of its own")
				continue
			}
			c.apply(e, x)
		}
	})
}

// Bounds is the plan of the pass for one file: the index and slice
// expressions it checks, or leaves as they are because they cannot fail
// or because the marks give Go's detail.
type Bounds struct {
	checks map[ast.Expr]*check
	order  []ast.Expr          // the checked expressions, in source order
	advice map[ast.Expr]string // what to write instead, for some left unchecked
	seen   map[*ast.BlockStmt]bool
}

// Covered reports whether a panic of the index or slice expression x
// reaches a recover with Go's runtime error: the pass checks x, or x
// cannot fail.
func (b *Bounds) Covered(x ast.Expr) bool {
	_, ok := b.checks[x]
	return ok
}

// Sees reports whether a recover of the package can see a panic of the
// function body: no panic of another reaches a recover.
func (b *Bounds) Sees(body *ast.BlockStmt) bool { return b.seen[body] }

// Advice returns what to write instead of x, an expression the pass
// leaves unchecked, where it knows better than the general advice.
func (b *Bounds) Advice(x ast.Expr) string { return b.advice[x] }

type form int

const (
	covered form = iota // cannot fail, or fails first in an expression checked already
	inPlace             // the index or a bound goes through a check
)

// A check is how one expression is checked.
type check struct {
	form   form
	fn     string   // the check of runner/lift
	script ast.Expr // the script's expression the check wraps, in place
	conv   string   // its conversion to the check's parameter, or ""
	copies []string // the other arguments; hoisted stands for hoist's variable
	hoist  ast.Expr // an operand moved before stmt, or nil
	stmt   ast.Stmt
}

// hoisted stands for the variable of a hoisted operand in a check's
// copies, until it is named.
const hoisted = "\x00"

// PlanBounds returns the plan of the pass for the file f of a package of
// files. It is empty where the package never calls recover and has no
// function whose panics Go's library recovers (see libraryRecovered).
func PlanBounds(info *types.Info, files []*ast.File, f *ast.File) *Bounds {
	b := &Bounds{checks: map[ast.Expr]*check{}, advice: map[ast.Expr]string{}}
	printed := libraryRecovered(info, files)
	recovers := callsRecover(info, files)
	if !recovers && len(printed) == 0 {
		return b
	}
	seen := map[*ast.BlockStmt]bool{}
	if recovers {
		b.seen = seenByRecover(info, files)
		maps.Copy(seen, b.seen)
	}
	maps.Copy(seen, printed)
	pl := &planner{info: info, files: files, b: b, seen: seen, printed: printed}
	ast.Inspect(f, func(n ast.Node) bool {
		switch fn := n.(type) {
		case *ast.FuncDecl:
			if fn.Body == nil || fn.Type.TypeParams != nil {
				return false // a generic function is copied for its instances
			}
			marked := AllNamed(fn.Recv) && AllNamed(fn.Type.Params)
			pl.function(fn.Body, marked)
		case *ast.FuncLit:
			pl.function(fn.Body, AllNamed(fn.Type.Params))
		}
		return true
	})
	return b
}

type planner struct {
	info  *types.Info
	files []*ast.File
	b     *Bounds
	seen  map[*ast.BlockStmt]bool // the bodies whose panics a recover can see
	// the bodies whose panics Go's library recovers and shows (fmt's
	// %!v(PANIC=String method: ...)), where no marks place them
	printed map[*ast.BlockStmt]bool
	stmts   map[ast.Expr]ast.Stmt // the statement of an index or slice, where one can go before it
}

// function plans the checks of one function body, outside the function
// literals in it. Every index and slice expression that can fail is
// checked where the function recovers itself; in a function whose panics
// a recover can see, those that the marks cannot detail; elsewhere none.
func (pl *planner) function(body *ast.BlockStmt, marked bool) {
	if !pl.seen[body] {
		pl.unseen(body)
		return
	}
	all := !marked || DefersRecover(pl.info, pl.files, body) || pl.printed[body]
	pl.stmts = hoistable(body)
	loops := 0
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			for _, c := range []ast.Node{s.Init, s.Cond, s.Post} {
				if c != nil {
					loops++
					ast.Inspect(c, walk)
					loops--
				}
			}
			loops++
			ast.Inspect(s.Body, walk)
			loops--
			return false
		case *ast.RangeStmt:
			// Other passes rewrite the body of a range over a function,
			// the operand of a range over a channel or a pointer, and
			// variables declared before the loop.
			switch pl.rangeOver(s.X) {
			case overFunc:
				return false
			case overPlain:
				loops++ // as runner/refuse counts it
				ast.Inspect(s.X, walk)
				loops--
			}
			loops++
			ast.Inspect(s.Body, walk)
			loops--
			return false
		case *ast.DeferStmt, *ast.GoStmt:
			return false // the call is saved or framed by other passes
		case *ast.TypeSwitchStmt:
			if s.Init != nil {
				ast.Inspect(s.Init, walk)
			}
			ast.Inspect(s.Body, walk)
			return false
		case *ast.CallExpr:
			if name := builtinName(pl.info, s); name == "min" || name == "max" {
				return false // rewritten as a whole
			}
			if fun, ok := ast.Unparen(s.Fun).(*ast.SelectorExpr); ok {
				if sel := pl.info.Selections[fun]; sel != nil && sel.Kind() == types.MethodVal {
					ast.Inspect(fun.X, walk) // a method's receiver
					for _, a := range s.Args {
						ast.Inspect(a, walk)
					}
					return false
				}
			}
		case *ast.SelectorExpr:
			if sel := pl.info.Selections[s]; sel != nil && sel.Kind() != types.FieldVal {
				// A method value or expression, which another pass may
				// rewrite; a call's receiver is walked with the call.
				return false
			}
		case *ast.AssignStmt:
			pl.assign(s, all, loops > 0, walk)
			return false
		case *ast.IndexExpr, *ast.SliceExpr:
			x := s.(ast.Expr)
			if all || !diag.Detailed(x, loops > 0) {
				pl.plan(x)
			}
		}
		return true
	}
	for _, s := range body.List {
		ast.Inspect(s, walk)
	}
}

// unseen covers the index and slice expressions of a function body
// whose panics no recover can see.
func (pl *planner) unseen(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr, *ast.SliceExpr:
			pl.cover(x.(ast.Expr))
		}
		return true
	})
}

// What a range statement ranges over, as the other passes see it.
const (
	overPlain = iota // a slice, an array, a string, a map or an integer
	overOther        // a channel or a pointer to an array, whose operand is rewritten
	overFunc         // a function, whose body is rewritten
)

func (pl *planner) rangeOver(x ast.Expr) int {
	t := pl.info.TypeOf(x)
	if t == nil {
		return overFunc
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return overPlain
	case *types.Basic:
		if u.Info()&(types.IsString|types.IsInteger) != 0 {
			return overPlain
		}
	case *types.Signature:
		return overFunc
	}
	return overOther
}

// assign plans the checks of an assignment: its left side's operands and
// its right side are read first; an element it assigns to is checked
// after them.
func (pl *planner) assign(s *ast.AssignStmt, all, inLoop bool, walk func(ast.Node) bool) {
	for _, r := range s.Rhs {
		ast.Inspect(r, walk)
	}
	for _, l := range s.Lhs {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok {
			ast.Inspect(l, walk)
			continue
		}
		ast.Inspect(ix.X, walk)
		ast.Inspect(ix.Index, walk)
		if !all && diag.Detailed(ix, inLoop) {
			continue
		}
		switch {
		case len(s.Lhs) == 1 && len(s.Rhs) == 1 && (pl.quiet(s.Rhs[0]) || LiftsAssign(pl.info, s, true) || s.Tok != token.ASSIGN):
			// nothing runs after the operands, or the right side runs
			// first (pass evalorder), or an operator reads the element
			// first, in Go as in the interpreter
			pl.plan(ix)
		case pl.pure(ix.X) && pl.pure(ix.Index) && pl.readIn(ix, s.Rhs):
			pl.cover(ix) // the same element is read first, and fails there
		default:
			pl.b.advice[ix] = "put the value in a variable of its own first (v := f(); s[i] = v), or check the index against len yourself"
		}
	}
}

// readIn reports whether the element ix is read on the right-hand side rhs,
// where nothing is called that could change its operands.
func (pl *planner) readIn(ix *ast.IndexExpr, rhs []ast.Expr) bool {
	want := types.ExprString(ix)
	found, calls := false, false
	for _, r := range rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			switch e := n.(type) {
			case *ast.IndexExpr:
				found = found || types.ExprString(e) == want
			case *ast.CallExpr:
				if !pl.conversionOrLen(e) {
					calls = true
				}
			case *ast.UnaryExpr:
				calls = calls || e.Op == token.ARROW
			case *ast.FuncLit:
				return false
			}
			return true
		})
	}
	return found && !calls
}

func (pl *planner) cover(x ast.Expr) {
	if _, ok := pl.b.checks[x]; !ok {
		pl.b.checks[x] = &check{form: covered}
		pl.b.order = append(pl.b.order, x)
	}
}

// plan finds how to check the index or slice expression x, if it can
// fail and the pass can check it.
func (pl *planner) plan(x ast.Expr) {
	if tv, ok := pl.info.Types[x]; ok && tv.Value != nil {
		pl.cover(x)
		return
	}
	var c *check
	switch x := x.(type) {
	case *ast.IndexExpr:
		c = pl.index(x)
	case *ast.SliceExpr:
		c = pl.slice(x)
	}
	if c == nil {
		return
	}
	pl.b.checks[x] = c
	pl.b.order = append(pl.b.order, x)
}

// operand returns what the bounds of x's operand are checked against: a
// slice's capacity, a string's or an array's length, as Go text, and
// whether it is a slice; or ok false where the pass does not check it.
//
// An operand that cannot be read again is hoisted (see hoisted), where
// the statement of parent, the index or slice, allows.
func (pl *planner) operand(parent, x ast.Expr, slicing bool) (n string, isSlice, hoist, ok bool) {
	t := pl.info.TypeOf(x)
	if t == nil {
		return "", false, false, false
	}
	text := types.ExprString(x)
	if _, arr := t.Underlying().(*types.Array); !arr && !pl.pure(x) {
		if s := pl.stmts[parent]; s == nil || !pl.first(s, x) {
			return "", false, false, false
		}
		text, hoist = hoisted, true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		if slicing {
			return "cap(" + text + ")", true, hoist, true
		}
		return "len(" + text + ")", true, hoist, true
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return "", false, false, false
		}
		return "len(" + text + ")", false, hoist, true
	case *types.Array:
		return fmt.Sprint(u.Len()), false, false, true
	}
	return "", false, false, false
}

// hoisting returns what c needs to hoist the operand x, if hoist.
func (pl *planner) hoisting(c *check, parent, x ast.Expr, hoist bool) *check {
	if hoist {
		c.hoist, c.stmt = x, pl.stmts[parent]
	}
	return c
}

func (pl *planner) index(x *ast.IndexExpr) *check {
	if tv, ok := pl.info.Types[x.X]; ok && tv.IsType() {
		return &check{form: covered} // a generic type's instance
	}
	t := pl.info.TypeOf(x.X)
	if t == nil {
		return nil
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Signature:
		return &check{form: covered}
	case *types.Array:
		if pl.info.Types[x.Index].Value != nil {
			return &check{form: covered} // checked by the compiler
		}
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); ok && pl.info.Types[x.Index].Value != nil {
			return &check{form: covered}
		}
		return nil
	}
	n, _, hoist, ok := pl.operand(x, x.X, false)
	if !ok {
		return nil
	}
	fn, conv := "Index", pl.conversion(x.Index)
	if conv == "uint64" {
		fn = "IndexUint"
	}
	return pl.hoisting(&check{form: inPlace, fn: fn, script: x.Index, conv: conv, copies: []string{n}}, x, x.X, hoist)
}

func (pl *planner) slice(x *ast.SliceExpr) *check {
	bounds := []ast.Expr{x.Low, x.High, x.Max}
	given := 0
	for _, b := range bounds {
		if b != nil {
			given++
			if pl.conversion(b) == "uint64" {
				return nil
			}
		}
	}
	if given == 0 {
		return &check{form: covered}
	}
	t := pl.info.TypeOf(x.X)
	if t == nil {
		return nil
	}
	if _, ok := t.Underlying().(*types.Array); ok {
		allConst := true
		for _, b := range bounds {
			allConst = allConst && (b == nil || pl.info.Types[b].Value != nil)
		}
		if allConst {
			return &check{form: covered}
		}
		if x.Slice3 {
			return nil // Go's message names the array's length, which no compiled check can
		}
	}
	n, isSlice, hoist, ok := pl.operand(x, x.X, true)
	if !ok {
		return nil
	}
	// The check goes where the one bound that is not a plain value is, or
	// at the last bound; the others are copied: a bound before it is
	// read again after it ran, a bound after it before it runs.
	at := -1
	for i, b := range bounds {
		if b != nil && !pl.pure(b) {
			if at >= 0 {
				return nil
			}
			at = i
		}
	}
	if at < 0 {
		for i, b := range bounds {
			if b != nil {
				at = i
			}
		}
	}
	for i := at + 1; i < len(bounds); i++ {
		if bounds[i] != nil && !pl.quiet(bounds[i]) {
			return nil
		}
	}
	copyOf := func(b ast.Expr) string {
		if b == nil {
			return "0"
		}
		return pl.asInt(b)
	}
	c := &check{form: inPlace, script: bounds[at], conv: pl.conversion(bounds[at])}
	switch {
	case x.Slice3:
		c.fn = "Slice3"
		c.copies = []string{fmt.Sprint(at)}
		for i, b := range bounds {
			if i == at {
				c.copies = append(c.copies, "0")
			} else {
				c.copies = append(c.copies, copyOf(b))
			}
		}
		c.copies = append(c.copies, n)
	case x.High == nil:
		length, _, _, _ := pl.operand(x, x.X, false)
		c.fn, c.copies = "SliceFrom", []string{length}
	case at == 0:
		c.fn, c.copies = "SliceLow", []string{copyOf(x.High), n}
	default:
		c.fn, c.copies = "SliceHigh", []string{copyOf(x.Low), n}
	}
	if !isSlice && c.fn != "SliceFrom" {
		c.fn = strings.Replace(c.fn, "Slice", "String", 1)
	}
	return pl.hoisting(c, x, x.X, hoist)
}

// apply makes the edits of c, a check of x.
func (c *check) apply(e *Editor, x ast.Expr) {
	alias := e.ImportAs(lift.Package, diag.CheckAlias)
	switch c.form {
	case inPlace:
		copies := strings.Join(c.copies, ", ")
		if c.hoist != nil {
			moved, ok := e.Move(c.hoist.Pos(), c.hoist.End())
			if !ok {
				e.Refuse(x.Pos(), "socklab cannot check this expression's bounds here, as it must for what recover returns: put its operand in a variable of its own first")
				return
			}
			name := e.Name("x")
			e.Replace(c.hoist.Pos(), c.hoist.End(), e.lineAt(c.hoist.Pos())+name+e.lineAt(c.hoist.End()))
			e.Insert(c.stmt.Pos(), name+" := "+e.lineAt(c.hoist.Pos())+moved+"; "+e.lineAt(c.stmt.Pos()))
			copies = strings.ReplaceAll(copies, hoisted, name)
		}
		open, close := alias+"."+c.fn+"(", ""
		if c.conv != "" {
			open, close = open+c.conv+"(", ")"
		}
		e.Insert(c.script.Pos(), open+e.lineAt(c.script.Pos()))
		e.Insert(c.script.End(), close+", "+copies+")"+e.lineAt(c.script.End()))
	}
}

// lineAt returns a comment that gives the text after it the position p
// has in the source as written, for insertions before p on its line.
func (e *Editor) lineAt(p token.Pos) string {
	pos := e.fset.Position(p)
	return fmt.Sprintf("/*line :%d:%d*/", pos.Line, pos.Column)
}

// replacesAround reports whether one of edits replaces source text of x,
// an expression to check, other than inside script, the part of it that
// the check wraps where it stands: the check's insertions at script's
// ends take in what another pass made of it (pass constfold's literal
// for len(prefix) in s[len(prefix):]).
func (e *Editor) replacesAround(edits []edit, x, script ast.Expr) bool {
	start, stop := e.file.Offset(x.Pos()), e.file.Offset(x.End())
	in, out := e.file.Offset(script.Pos()), e.file.Offset(script.End())
	for _, ed := range edits {
		if ed.start < ed.end && ed.start < stop && ed.end > start && (ed.start < in || ed.end > out) {
			return true
		}
	}
	return false
}
