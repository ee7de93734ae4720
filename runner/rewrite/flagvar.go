package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// Go's flag prints a flag's default in its usage (PrintDefaults, -h, a
// bad flag) only where it differs from what String says of a zero value
// of the flag.Value's type; the interpreter hands flag a value of the
// script's type in a wrapper whose zero value says "", so a list flag
// whose String of nil says "[]" printed "(default [])" where Go prints no
// default. This pass hands Var the value through lift.FlagValue, with a
// function that says what String says of the zero value Go's flag makes:
//
//	fs.Var(&l, "item", "usage")   =>
//	fs.Var(_sl1.FlagValue("*main.list", /*line :9:9*/&l, _flagzero2)/*line :9:11*/, "item", "usage")
//	func _flagzero2() string { return new(list).String() }
//
// A value of an interface type goes through a function that finds its
// dynamic type among the package's by type assertions and hands it to
// FlagValue the same way; one of a type the file cannot write goes as it
// is.

func flagVars(p *Package, f *ast.File, e *Editor) {
	fv := &flagVar{p: p, f: f, e: e, o: orderOf{info: p.Info}, zeros: map[string]string{}}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 3 {
			return true
		}
		fn := calledFunc(p, call.Fun)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || fn.Name() != "Var" {
			return true
		}
		v := call.Args[0]
		t := p.Info.TypeOf(v)
		if t == nil {
			return true
		}
		if types.IsInterface(t) {
			pick, ok := fv.picker(fn.Signature().Params().At(0).Type())
			if ok {
				e.InsertLast(v.Pos(), pick+"("+lineDirective(p, v.Pos()))
				e.InsertFirst(v.End(), ")"+lineDirective(p, v.End()))
			}
			return true
		}
		key, zero, ok := fv.zero(t)
		if !ok {
			return true
		}
		e.InsertLast(v.Pos(), e.Import(lift.Package)+".FlagValue("+strconv.Quote(key)+", "+lineDirective(p, v.Pos()))
		e.InsertFirst(v.End(), ", "+zero+")"+lineDirective(p, v.End()))
		return true
	})
}

// flagVar holds what pass flagvar declared in a file.
type flagVar struct {
	p     *Package
	f     *ast.File
	e     *Editor
	o     orderOf
	zeros map[string]string // the functions that say a zero value's String, by type
	pick  string            // the function that hands an interface's value to FlagValue
}

// zero returns the key of t, a type of the script's or a pointer to one,
// and the function declared after the file's last line, where no name of
// a function's scope hides the type's, that says what String says of the
// zero value Go's flag makes of t; ok is false for another type, or one
// the file cannot write.
func (fv *flagVar) zero(t types.Type) (key, zero string, ok bool) {
	elem, ptr := types.Unalias(t).(*types.Pointer)
	base := t
	if ptr {
		base = elem.Elem()
	}
	named, ok := types.Unalias(base).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !interpreted(fv.p, named.Obj().Pkg()) {
		return "", "", false
	}
	text, ok := fv.o.typeText(fv.p, fv.f, base)
	if !ok || strings.ContainsAny(text, "\n\r") {
		return "", "", false
	}
	key = types.TypeString(t, func(pkg *types.Package) string { return pkg.Path() })
	if zero, ok := fv.zeros[key]; ok {
		return key, zero, true
	}
	zero = fv.e.Name("flagzero")
	fv.zeros[key] = zero
	if ptr {
		fv.e.Append("func " + zero + "() string { return new(" + text + ").String() }")
	} else {
		fv.e.Append("func " + zero + "() string { var z " + text + "; return z.String() }")
	}
	return key, zero, true
}

// picker returns the function, declared once per file after its last
// line, that hands a value of value, flag.Value, to FlagValue as its
// dynamic type of the package's, which a type assertion finds (the
// interpreter's own type switch misses a value in its wrapper of
// flag.Value, and no pass sees the declaration), and returns another
// as it is.
func (fv *flagVar) picker(value types.Type) (string, bool) {
	if fv.pick != "" {
		return fv.pick, true
	}
	vt, ok := fv.o.typeText(fv.p, fv.f, value)
	it, isIface := value.Underlying().(*types.Interface)
	if !ok || !isIface {
		return "", false
	}
	var cases []string
	scope := fv.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams() != nil {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, it) {
				continue
			}
			if key, zero, ok := fv.zero(t); ok {
				cases = append(cases, "if x, ok := v.("+types.TypeString(t, types.RelativeTo(fv.p.Types))+"); ok { return "+fv.e.Import(lift.Package)+".FlagValue("+strconv.Quote(key)+", x, "+zero+") }")
			}
		}
	}
	if len(cases) == 0 {
		return "", false
	}
	fv.pick = fv.e.Name("flagpick")
	fv.e.Append("func " + fv.pick + "(v " + vt + ") " + vt + " { " + strings.Join(cases, "; ") + "; return v }")
	return fv.pick, true
}
