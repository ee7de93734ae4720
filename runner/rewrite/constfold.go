package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Go evaluates a constant expression exactly, with integers of any size
// and exact fractions; the interpreter evaluates some of them in int64 and
// float64 arithmetic, or not at all: -math.MinInt64 == math.MinInt64 was
// true, 1e300*1e300/1e300 was +Inf, and complex(1, 2)*complex(3, 4)
// panicked while compiling. This pass replaces each constant expression
// that is more than a literal or a constant's name by a literal of the
// value the type checker computed for it, converted to the type Go gives
// it where the literal alone would have another, with the columns after
// it kept:
//
//	fmt.Println(-math.MinInt64 == math.MinInt64)   =>   fmt.Println(false/*line :9:45*/)
//	var d time.Duration = 3 * time.Second          =>   var d time.Duration = time.Duration(3000000000)/*line :9:40*/
//
// Only the outermost constant expression is folded, so that an integer
// too big for int64 never reaches the interpreter in the middle of one.
// In a const declaration each spec's values are folded, and a spec that
// repeats a folded one (with iota advanced) gets its own values written
// out, with the type of the spec it repeats. An expression over several
// lines keeps its lines (see replace), and the name of an untyped
// integer constant beyond int64 is folded too. Expressions that read a
// variable (len of an array variable), those of a type that pass
// basicnamed converts and those that call min or max (pass minmax folds
// them) are left as written.

func constFold(p *Package, f *ast.File, e *Editor) {
	c := folder{p: p, f: f, e: e, leaks: constNamesLater(p)}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				c.constDecl(n)
				return false
			}
		case ast.Expr:
			return !c.fold(n)
		}
		return true
	})
}

// A folder folds the constant expressions of one file.
type folder struct {
	p     *Package
	f     *ast.File
	e     *Editor
	names map[string]string // the file's imports, by path, once needed
	pool  map[*types.TypeName]poolSlot
	known bool // names and pool are set
	iota  bool // the const spec at hand has iota alone folded too
	leaks bool // the package's iota is off in every const block (constNamesLater)
}

// learn sets names and pool, the first time a constant is folded.
func (c *folder) learn() {
	if !c.known {
		c.names, c.pool, c.known = importNames(c.p, c.f), basicPool(c.p), true
	}
}

// fold replaces x by its value if x is a constant expression worth
// folding, and reports whether it is a constant expression (whose parts
// are then left alone).
func (c *folder) fold(x ast.Expr) bool {
	tv, ok := c.p.Info.Types[x]
	if !ok || tv.Value == nil {
		return false
	}
	if tv.Type == nil || plainConstant(c.p, x) && !beyondInt64(c.p, x) {
		return true
	}
	if readsVariable(c.p, x) && !unsafeConstant(c.p, x) {
		return false // a part of it may be folded
	}
	if c.pooled(x, tv.Type) || callsMinMax(c.p, x) {
		return true
	}
	lit, ok := c.literal(tv.Value, tv.Type, x.Pos())
	if !ok || c.e.editedInside(x.Pos(), x.End()) {
		return true
	}
	c.replace(x, lit)
	return true
}

// pooled reports whether pass basicnamed writes x, of type t, as a
// conversion to t, which it cannot do once x is folded.
func (c *folder) pooled(x ast.Expr, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != c.p.Types.Path() && !slices.Contains(c.p.Script, n.Obj().Pkg()) {
		return false // only the script's own types are pooled
	}
	c.learn()
	if len(c.pool) == 0 {
		return false
	}
	_, ok = pooledConstant(c.p, c.f, x, c.pool)
	return ok
}

// replace writes lit in place of x, keeping the columns after it. An
// expression over several lines keeps its lines, as no edit removes one:
// its part of the first line becomes "(", which no semicolon follows
// there (return 1 +), the parts of the lines between go, and its part of
// the last line becomes lit and ")".
func (c *folder) replace(x ast.Expr, lit string) {
	text := c.e.Text(x.Pos(), x.End())
	if lit == text {
		return
	}
	if !strings.ContainsAny(text, "\n\r") {
		if len(lit) != int(x.End()-x.Pos()) {
			lit += lineDirective(c.p, x.End())
		}
		c.e.Replace(x.Pos(), x.End(), lit)
		return
	}
	part := "("
	at := c.e.file.Offset(x.Pos())
	end := c.e.file.Offset(x.End())
	for {
		nl := strings.IndexAny(string(c.e.src[at:end]), "\n\r")
		if nl < 0 {
			break
		}
		if nl > 0 {
			c.e.Replace(c.e.file.Pos(at), c.e.file.Pos(at+nl), part)
		}
		part = "/**/" // a line of its own is not left blank
		at += nl + 1
		for at < end && strings.IndexByte("\r\n\t ", c.e.src[at]) >= 0 && (c.e.src[at] != '\r' && c.e.src[at] != '\n' || c.e.src[at-1] == '\r' && c.e.src[at] == '\n') {
			at++ // the indentation stays
		}
	}
	c.e.Replace(c.e.file.Pos(at), x.End(), lit+")"+lineDirective(c.p, x.End()))
}

// foldable reports whether x is a constant expression that is more than
// a literal or a constant's name, and that reads no variable.
func (c *folder) foldable(x ast.Expr) bool {
	tv := c.p.Info.Types[x]
	plain := plainConstant(c.p, x) && !(c.iota && isIota(c.p, x))
	return tv.Value != nil && tv.Type != nil && !plain && !readsVariable(c.p, x)
}

// plainConstant reports whether x is a literal or a constant's name, maybe in
// parentheses, which there is no point folding.
func plainConstant(p *Package, x ast.Expr) bool {
	switch y := ast.Unparen(x).(type) {
	case *ast.BasicLit, *ast.Ident:
		return true
	case *ast.SelectorExpr:
		_, ok := p.Info.Uses[y.Sel].(*types.Const)
		return ok
	}
	return false
}

// beyondInt64 reports whether x names an untyped integer constant that
// int64 cannot hold (const big = 1 << 100), which the interpreter keeps
// exact only inside a constant expression: as an operand of its own
// (var f float64 = big, math.Sqrt(big)) it stopped with "constant ...
// overflows int64".
func beyondInt64(p *Package, x ast.Expr) bool {
	var id *ast.Ident
	switch y := ast.Unparen(x).(type) {
	case *ast.Ident:
		id = y
	case *ast.SelectorExpr:
		id = y.Sel
	}
	k, ok := p.Info.Uses[id].(*types.Const)
	if !ok || !isUntyped(k.Type()) || k.Val().Kind() != constant.Int {
		return false
	}
	_, exact := constant.Int64Val(k.Val())
	return !exact
}

// readsVariable reports whether x names a variable or holds a function
// literal (len(a) of an array a): a constant whose folding would change
// what the expression mentions (unsafe's constants are folded all the
// same, see unsafeConstant).
func readsVariable(p *Package, x ast.Expr) bool {
	reads := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			reads = true
		case *ast.Ident:
			if _, ok := p.Info.Uses[n].(*types.Var); ok {
				reads = true
			}
		}
		return !reads
	})
	return reads
}

// unsafeConstant reports whether x is a call of unsafe.Sizeof, Alignof or
// Offsetof, which Go works out from its argument's type alone, never
// evaluating it: the interpreter's own failed on a field of a struct type
// written out in a function (unsafe.Offsetof(x.b) of a var x struct{...}).
func unsafeConstant(p *Package, x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pn, ok := p.Info.Uses[identOf(sel.X)].(*types.PkgName)
	if !ok || pn.Imported().Path() != "unsafe" {
		return false
	}
	switch sel.Sel.Name {
	case "Sizeof", "Alignof", "Offsetof":
		return true
	}
	return false
}

// callsMinMax reports whether x calls min or max, whose constant calls
// pass minmax replaces by their value itself.
func callsMinMax(p *Package, x ast.Expr) bool {
	calls := false
	ast.Inspect(x, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if b := builtinName(p.Info, call); b == "min" || b == "max" {
				calls = true
			}
		}
		return !calls
	})
	return calls
}

// constDecl folds the values of each spec of a const declaration, and
// writes out the values of a spec that repeats a folded one. Where the
// interpreter's iota is off, iota alone is folded too, and every
// repeating spec written out: from a spec that names a package-level
// declaration not made before it in its file, after a spec that declares
// several constants, and in every block where a block of the package
// names such a declaration (constNamesLater). The interpreter advances
// iota at each name rather than at each spec, and not at a spec it comes
// back to once what it names is declared, so that const (a, b = 1, 2; c
// = iota) made c 2, const (a = iota; b = Later; c = iota) made c 1, and
// const (a, b = iota, iota; c, d) stopped with "constant definition
// loop".
func (c *folder) constDecl(d *ast.GenDecl) {
	defer func() { c.iota = false }()
	off := false            // the interpreter's iota is off from here on
	var last *ast.ValueSpec // the last spec with values
	lastFolded := false
	for _, s := range d.Specs {
		spec := s.(*ast.ValueSpec)
		off = off || c.leaks || namesLater(c.p, spec)
		c.iota = off
		off = off || len(spec.Names) > 1
		if len(spec.Values) > 0 {
			last, lastFolded = spec, c.constSpec(spec)
			continue
		}
		if last == nil || !lastFolded && !c.iota {
			continue
		}
		lits, ok := c.repeated(spec, last)
		if !ok {
			continue
		}
		end := spec.Names[len(spec.Names)-1].End()
		text := " = " + strings.Join(lits, ", ")
		if last.Type != nil {
			text = " " + c.e.Text(last.Type.Pos(), last.Type.End()) + text
		}
		c.e.Insert(end, text+lineDirective(c.p, end))
	}
}

// constNamesLater reports whether a const spec at the top level of p
// names a package-level declaration made later (see namesLater): the
// interpreter, coming back to it, may leave iota where it was at the end
// of its block, so that the next block's iota starts there (const (a =
// iota; b = Later); const (x = iota; y) made x 3).
func constNamesLater(p *Package) bool {
	for _, f := range p.Files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				if namesLater(p, s.(*ast.ValueSpec)) {
					return true
				}
			}
		}
	}
	return false
}

// namesLater reports whether spec's type or values name a package-level
// declaration that is not made before spec in its file, which the
// interpreter comes back to once it has declared the rest.
func namesLater(p *Package, spec *ast.ValueSpec) bool {
	later := false
	ast.Inspect(spec, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || later {
			return !later
		}
		obj := p.Info.Uses[id]
		if obj == nil || obj.Parent() != p.Types.Scope() {
			return true
		}
		later = p.Fset.File(obj.Pos()) != p.Fset.File(spec.Pos()) || obj.Pos() > spec.Pos()
		return true
	})
	return later
}

// isIota reports whether x is the predeclared iota, maybe in parentheses.
func isIota(p *Package, x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && p.Info.Uses[id] == types.Universe.Lookup("iota")
}

// constSpec folds the values of spec, all or none, and reports whether it
// did; a spec's values are left whole where one of them cannot be folded.
// The values are the constants' own: the type checker records the types
// of a repeated spec's expressions for its last repetition.
func (c *folder) constSpec(spec *ast.ValueSpec) bool {
	if len(spec.Values) != len(spec.Names) {
		return false
	}
	if spec.Type != nil && strings.ContainsAny(c.e.Text(spec.Type.Pos(), spec.Type.End()), "\n\r") {
		return false
	}
	lits := make([]string, len(spec.Values))
	folded := false
	for i, x := range spec.Values {
		if callsMinMax(c.p, x) {
			return false
		}
		if !c.foldable(x) {
			if readsVariable(c.p, x) {
				return false
			}
			continue
		}
		lit, ok := c.constLiteral(spec.Names[i], spec.Type != nil)
		if !ok || c.e.editedInside(x.Pos(), x.End()) {
			return false
		}
		lits[i], folded = lit, true
	}
	if !folded {
		return false
	}
	for i, x := range spec.Values {
		if lits[i] != "" {
			c.replace(x, lits[i])
		}
	}
	return true
}

// repeated returns the values of the constants of spec, which repeats
// last's values.
func (c *folder) repeated(spec, last *ast.ValueSpec) ([]string, bool) {
	var lits []string
	for _, name := range spec.Names {
		lit, ok := c.constLiteral(name, last.Type != nil)
		if !ok {
			return nil, false
		}
		lits = append(lits, lit)
	}
	return lits, true
}

// constLiteral returns the value of the constant name declares: untyped
// where its spec names its type (typed), converted to its type where not.
func (c *folder) constLiteral(name *ast.Ident, typed bool) (string, bool) {
	k, ok := c.p.Info.Defs[name].(*types.Const)
	if !ok {
		return "", false
	}
	t := k.Type()
	if typed {
		b, ok := t.Underlying().(*types.Basic)
		if !ok {
			return "", false
		}
		t = types.Typ[untypedKind(b)]
	}
	return c.literal(k.Val(), t, name.Pos())
}

// untypedKind returns the untyped kind of the literals of basic type b.
func untypedKind(b *types.Basic) types.BasicKind {
	switch {
	case b.Info()&types.IsBoolean != 0:
		return types.UntypedBool
	case b.Info()&types.IsString != 0:
		return types.UntypedString
	case b.Info()&types.IsFloat != 0:
		return types.UntypedFloat
	case b.Info()&types.IsComplex != 0:
		return types.UntypedComplex
	}
	return types.UntypedInt
}

// literal returns Go source for the constant v of type t at pos: a
// literal, converted to t where the literal's own type would be another.
func (c *folder) literal(v constant.Value, t types.Type, pos token.Pos) (string, bool) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || v.Kind() == constant.Unknown {
		return "", false
	}
	if b.Info()&types.IsUntyped != 0 {
		lit, ok := untypedLiteral(v, b)
		if ok && strings.HasPrefix(lit, "-") {
			lit = "(" + lit + ")"
		}
		return lit, ok
	}
	lit, ok := typedLiteral(v, b)
	if !ok {
		return "", false
	}
	if types.Identical(t, literalDefault(b)) && !strings.HasPrefix(lit, "-") {
		return lit, c.resolves(pos, literalWord(lit))
	}
	name, ok := c.typeName(t, pos)
	if !ok {
		return "", false
	}
	return name + "(" + lit + ")", true
}

// literalWord returns the predeclared name lit is, if it is one (true,
// false), which a script may shadow.
func literalWord(lit string) string {
	if lit == "true" || lit == "false" {
		return lit
	}
	return ""
}

// resolves reports whether the predeclared name word (if any) means its
// predeclared object at pos.
func (c *folder) resolves(pos token.Pos, word string) bool {
	if word == "" {
		return true
	}
	_, obj := c.p.Types.Scope().Innermost(pos).LookupParent(word, pos)
	return obj == types.Universe.Lookup(word)
}

// literalDefault returns the type a literal of a constant of basic type
// b has where nothing converts it: int for an integer, float64 for a
// float.
func literalDefault(b *types.Basic) types.Type {
	switch {
	case b.Info()&types.IsInteger != 0:
		return types.Typ[types.Int]
	case b.Info()&types.IsFloat != 0:
		return types.Typ[types.Float64]
	case b.Info()&types.IsComplex != 0:
		return types.Typ[types.Complex128]
	}
	return types.Default(b)
}

// untypedLiteral returns a literal of the untyped constant v of kind b.
func untypedLiteral(v constant.Value, b *types.Basic) (string, bool) {
	switch b.Kind() {
	case types.UntypedRune:
		r, ok := constant.Int64Val(v)
		if !ok || !utf8.ValidRune(rune(r)) || int64(rune(r)) != r {
			return "", false
		}
		return strconv.QuoteRune(rune(r)), true
	case types.UntypedFloat:
		return floatLiteral(v, 64)
	case types.UntypedComplex:
		return complexLiteral(v, 64)
	case types.UntypedInt:
		if _, exact := constant.Int64Val(v); !exact {
			return "", false // the interpreter takes such a literal for an int
		}
		return typedLiteral(v, b)
	case types.UntypedBool, types.UntypedString:
		return typedLiteral(v, b)
	}
	return "", false
}

// typedLiteral returns a literal of v, a constant of basic type b, that
// converts to b exactly.
func typedLiteral(v constant.Value, b *types.Basic) (string, bool) {
	switch {
	case v.Kind() == constant.Bool:
		return strconv.FormatBool(constant.BoolVal(v)), true
	case v.Kind() == constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	case b.Info()&types.IsInteger != 0:
		if v.Kind() != constant.Int {
			return "", false
		}
		return v.ExactString(), true
	case b.Info()&types.IsFloat != 0:
		if b.Kind() == types.Float32 {
			return floatLiteral(v, 32)
		}
		return floatLiteral(v, 64)
	case b.Info()&types.IsComplex != 0:
		if b.Kind() == types.Complex64 {
			return complexLiteral(v, 32)
		}
		return complexLiteral(v, 64)
	}
	return "", false
}

// floatLiteral returns the shortest float literal that gives the float of
// the given bits that Go rounds v to.
func floatLiteral(v constant.Value, bits int) (string, bool) {
	v = constant.ToFloat(v)
	if v.Kind() != constant.Float {
		return "", false
	}
	f, _ := constant.Float64Val(v)
	if bits == 32 {
		f32, _ := constant.Float32Val(v)
		f = float64(f32)
	}
	s := strconv.FormatFloat(f, 'g', -1, bits)
	if strings.ContainsAny(s, "IN") { // ±Inf, NaN: no constant is one
		return "", false
	}
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s, true
}

// complexLiteral returns a parenthesized complex literal of v.
func complexLiteral(v constant.Value, bits int) (string, bool) {
	v = constant.ToComplex(v)
	if v.Kind() != constant.Complex {
		return "", false
	}
	re, ok1 := floatLiteral(constant.Real(v), bits)
	im, ok2 := floatLiteral(constant.Imag(v), bits)
	if !ok1 || !ok2 {
		return "", false
	}
	if strings.HasPrefix(im, "-") {
		return "(" + re + " - " + im[1:] + "i)", true
	}
	return "(" + re + " + " + im + "i)", true
}

// typeName returns how the file spells t at pos, if it can: a basic or
// named type whose name means it there.
func (c *folder) typeName(t types.Type, pos token.Pos) (string, bool) {
	scope := c.p.Types.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	switch t := t.(type) {
	case *types.Basic:
		_, obj := scope.LookupParent(t.Name(), pos)
		return t.Name(), obj == types.Universe.Lookup(t.Name())
	case *types.Alias:
		return c.typeName(types.Unalias(t), pos)
	case *types.Named:
		tn := t.Obj()
		if t.TypeArgs().Len() > 0 || tn.Pkg() == nil {
			return "", false
		}
		if tn.Pkg() == c.p.Types {
			_, obj := scope.LookupParent(tn.Name(), pos)
			return tn.Name(), obj == tn
		}
		c.learn()
		name, ok := c.names[tn.Pkg().Path()]
		if !ok {
			return "", false
		}
		_, obj := scope.LookupParent(name, pos)
		pn, ok := obj.(*types.PkgName)
		return name + "." + tn.Name(), ok && pn.Imported() == tn.Pkg()
	}
	return "", false
}
