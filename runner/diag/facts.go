package diag

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sync"
)

// Facts are what the type checker knows of a file's expressions that
// Mark needs: which of them cannot panic at all (a map read, a field of a
// struct value, a float division, a conversion, a call of the script's own
// function, which places its own panics), and which index, bound or
// divisor is an integer that a statement can save as one (no allocation),
// rather than in an interface.
type Facts struct {
	at map[factKey]fact
}

// A factKey finds an expression in the file as Mark parses it: the front
// end's rewrites keep lines, but may move what follows an edit on its
// line, and then the text at the position differs and no fact is found.
type factKey struct {
	line, col int
	text      string
}

type fact uint8

const (
	safe     fact = 1 << iota // cannot panic
	integer                   // an index or slice of a sequence, or a division, of integers
	isMap                     // an index of a map
	isString                  // a slice of a string
	plainInt                  // an index, bound or divisor of type int, saved with no conversion
	ptrArray                  // an index or slice of a pointer to an array, which may be nil
)

// NewFacts returns the facts of f, type-checked with info; src is f's
// text, and interpreted reports whether a package is the script's own,
// run by the interpreter.
func NewFacts(fset *token.FileSet, f *ast.File, src []byte, info *types.Info, interpreted func(*types.Package) bool) *Facts {
	fs := &Facts{at: map[factKey]fact{}}
	file := fset.File(f.Pos())
	if file == nil || file.Size() != len(src) {
		return fs
	}
	set := func(e ast.Expr, pos token.Pos, x fact) {
		p := fset.Position(pos)
		fs.at[factKey{p.Line, p.Column, string(src[file.Offset(e.Pos()):file.Offset(e.End())])}] |= x
	}
	typeOf := func(e ast.Expr) types.Type {
		if t := info.TypeOf(e); t != nil {
			return t.Underlying()
		}
		return nil
	}
	intTyped := func(es ...ast.Expr) {
		for _, e := range es {
			if e == nil {
				continue
			}
			if t := info.TypeOf(e); t != nil && (types.Identical(t, types.Typ[types.Int]) || types.Identical(t, types.Typ[types.UntypedInt])) {
				set(e, e.Pos(), plainInt)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.AssignStmt:
			if e.Tok == token.ADD_ASSIGN && len(e.Lhs) == 1 {
				if b, ok := typeOf(e.Lhs[0]).(*types.Basic); ok && b.Info()&types.IsString == 0 {
					set(e.Lhs[0], e.TokPos, safe) // adds numbers: allocates nothing
				}
			}
		case *ast.IndexExpr:
			intTyped(e.Index)
			if tv, ok := info.Types[e.X]; ok && tv.IsType() {
				set(e, e.Pos(), safe) // a generic type's instance
				break
			}
			if id, ok := ast.Unparen(e.X).(*ast.Ident); ok {
				if _, generic := info.Instances[id]; generic {
					set(e, e.Pos(), safe)
					break
				}
			}
			switch t := typeOf(e.X).(type) {
			case *types.Map:
				set(e, e.Pos(), isMap)
			case *types.Slice, *types.Basic:
				set(e, e.Pos(), integer)
			case *types.Array:
				if tv := info.Types[e.Index]; tv.Value != nil {
					set(e, e.Pos(), safe) // the checker has checked a constant index
				} else {
					set(e, e.Pos(), integer)
				}
			case *types.Pointer:
				if _, ok := t.Elem().Underlying().(*types.Array); ok {
					set(e, e.Pos(), integer|ptrArray)
				}
			}
		case *ast.SliceExpr:
			intTyped(e.Low, e.High, e.Max)
			switch t := typeOf(e.X).(type) {
			case *types.Basic:
				set(e, e.Pos(), integer|isString)
			case *types.Slice, *types.Array:
				set(e, e.Pos(), integer)
			case *types.Pointer:
				if _, ok := t.Elem().Underlying().(*types.Array); ok {
					set(e, e.Pos(), integer|ptrArray)
				}
			}
		case *ast.BinaryExpr:
			if e.Op != token.QUO && e.Op != token.REM && e.Op != token.SHL && e.Op != token.SHR {
				break
			}
			intTyped(e.Y)
			b, ok := typeOf(e.Y).(*types.Basic)
			switch {
			case info.Types[e.Y].Value != nil:
				set(e, e.OpPos, safe) // a constant shift or divisor, which the checker has checked
			case !ok:
			case e.Op == token.SHL || e.Op == token.SHR:
				if b.Info()&types.IsUnsigned != 0 {
					set(e, e.OpPos, safe) // never negative
				}
			case b.Info()&types.IsInteger == 0:
				set(e, e.OpPos, safe) // floats and complex numbers divide by zero without a panic
			default:
				set(e, e.OpPos, integer)
			}
		case *ast.StarExpr:
			if tv, ok := info.Types[e]; ok && tv.IsType() {
				set(e, e.Pos(), safe)
			}
		case *ast.SelectorExpr:
			if selectorSafe(info, e) {
				set(e, e.Sel.Pos(), safe)
			}
		case *ast.CallExpr:
			if callSafe(info, e, interpreted) {
				set(e, e.Pos(), safe)
			}
		}
		return true
	})
	return fs
}

// selectorSafe reports whether evaluating x.f cannot panic: a package's
// member, a field of a value (not through a pointer), a method of a
// value, or a pointer method of a pointer.
func selectorSafe(info *types.Info, e *ast.SelectorExpr) bool {
	sel, ok := info.Selections[e]
	if !ok {
		return true // a package's member
	}
	if sel.Indirect() {
		return false // through a pointer, perhaps an embedded one
	}
	recv := sel.Recv().Underlying()
	switch recv.(type) {
	case *types.Pointer, *types.Interface:
		if sel.Kind() == types.MethodVal {
			if fn, ok := sel.Obj().(*types.Func); ok {
				if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
					_, ptrRecv := sig.Recv().Type().(*types.Pointer)
					_, isPtr := recv.(*types.Pointer)
					return ptrRecv && isPtr // no dereference to call it
				}
			}
		}
		return false
	}
	return true
}

// callSafe reports whether a call cannot panic in the function that makes
// it: a conversion (but to an array, from a slice), a builtin that cannot
// fail, or a call of a function or method of the script's own, which
// places a panic of its own itself.
func callSafe(info *types.Info, c *ast.CallExpr, interpreted func(*types.Package) bool) bool {
	fun := ast.Unparen(c.Fun)
	if tv, ok := info.Types[fun]; ok && tv.IsType() {
		switch t := tv.Type.Underlying().(type) {
		case *types.Array:
			return false
		case *types.Pointer:
			if _, ok := t.Elem().Underlying().(*types.Array); ok {
				return false
			}
		}
		return true
	}
	var obj types.Object
	switch f := fun.(type) {
	case *ast.Ident:
		obj = info.Uses[f]
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[f]; ok {
			if _, isIface := sel.Recv().Underlying().(*types.Interface); isIface {
				return false // a method of whatever the interface holds
			}
			obj = sel.Obj()
		} else {
			obj = info.Uses[f.Sel]
		}
	case *ast.IndexExpr: // a generic function's instance
		if id, ok := ast.Unparen(f.X).(*ast.Ident); ok {
			obj = info.Uses[id]
		}
	}
	switch o := obj.(type) {
	case *types.Builtin:
		switch o.Name() {
		case "len", "cap", "append", "new", "copy", "delete", "complex", "real", "imag", "min", "max", "print", "println", "clear", "recover":
			return true
		}
	case *types.Func:
		return o.Pkg() != nil && interpreted(o.Pkg())
	}
	return false
}

// Symbols returns the functions the marked source calls, by name, for
// the interpreter's symbol table of PosPackage.
func Symbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Exit": reflect.ValueOf(Exit), "ExitValues": reflect.ValueOf(ExitValues), "Shape": reflect.ValueOf(Shape),
		"Enter": reflect.ValueOf(Enter), "Return": reflect.ValueOf(Return), "Watch": reflect.ValueOf(Watch),
	}
}

// lookup returns the facts of the expression e at pos, as Mark sees it.
func (fs *Facts) lookup(m *marker, e ast.Expr, pos token.Pos) fact {
	if fs == nil {
		return 0
	}
	p := m.fset.Position(pos)
	start, end := m.fset.Position(e.Pos()).Offset, m.fset.Position(e.End()).Offset
	return fs.at[factKey{p.Line, p.Column, string(m.src[start:end])}]
}

var known struct {
	sync.RWMutex
	byPath map[string]*Facts
}

// Learn keeps the facts of the file at path (its real path) for Facts.
func Learn(path string, fs *Facts) {
	known.Lock()
	defer known.Unlock()
	if known.byPath == nil {
		known.byPath = map[string]*Facts{}
	}
	known.byPath[path] = fs
}

// FactsFor returns the facts learnt of the file at path, or nil.
func FactsFor(path string) *Facts {
	known.RLock()
	defer known.RUnlock()
	return known.byPath[path]
}
