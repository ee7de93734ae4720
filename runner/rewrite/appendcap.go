package rewrite

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"runtime"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter keeps a value of an interface type the script declares
// with methods in a struct of its own (interp.valueInterface, four words), where Go
// keeps two: a slice whose element is or holds such an interface by value
// ([]Shape, []Rule with a field of type Shape, [][2]Shape) has elements of
// another size, and append grew it to another capacity than a Go build,
// so cap printed otherwise and two appends to one base shared its array
// or not otherwise. This pass grows the slice of each append of such a
// slice as Go does, before the append: lift.Grow returns it as it is where
// it has room, so the append writes into the same array as Go's, and
// otherwise a copy of its elements of the capacity a Go build gives it
// (lift.AppendCap, from Go's size of the element). An append of a slice's
// elements (append(s, xs...)) calls a function of the slice's type that
// grows and appends, so that xs is evaluated once; it is declared after
// the file's last line, or, for a type the file's top level cannot name,
// written in place as a function literal.
//
//	s = append(s, sq)      =>   s = append(_sl1.Grow(s, 1).([]Shape), sq)
//	s = append(s, xs...)   =>   s = _append2(s, xs...)
//	func _append2(s []Shape, xs ...Shape) []Shape { if len(s)+len(xs) > cap(s) { ... }; return append(s, xs...) }

// goSizes are Go's sizes of types on the machine socklab runs on, which
// the script's Go build would have.
var goSizes = types.SizesFor("gc", runtime.GOARCH)

func appendCap(p *Package, f *ast.File, e *Editor) {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Body != nil {
			refuseUncopied(p, f, e, fd)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || builtinName(p.Info, call) != "append" || len(call.Args) < 2 {
			return true // append(s) grows nothing
		}
		t := p.Info.TypeOf(call)
		if t == nil || hasTypeParam(t) || !grows(p, t) {
			return true
		}
		spread := call.Ellipsis.IsValid()
		fn, assert, ok := grower(p, f, e, t, spread, true)
		if !ok {
			e.Refuse(call.Pos(), "append grows a slice of %s, whose elements the interpreter keeps bigger than Go (it holds an interface the script declares with methods), and socklab cannot name the type in this file to grow it as Go does: import the package that declares it", types.TypeString(t.Underlying().(*types.Slice).Elem(), types.RelativeTo(p.Types)))
			return true
		}
		if spread {
			id := ast.Unparen(call.Fun)
			e.Replace(id.Pos(), id.End(), fn+directive(p, id.End()))
			return true
		}
		s := call.Args[0]
		e.InsertFirst(s.Pos(), fn+"("+directive(p, s.Pos()))
		e.InsertLast(s.End(), fmt.Sprintf(", %d)%s", len(call.Args)-1, assert)+directive(p, s.End()))
		return true
	})
}

// refuseUncopied refuses each append in fd, a generic function, that grows
// a slice whose elements hold an interface the script declares with
// methods for an instance that pass generics writes no copy of (one whose
// type arguments the file's top level cannot name, a type declared inside
// a function, or that another file calls): the interpreter compiles that
// instance itself, and its append grew the slice to another capacity than
// a Go build's.
func refuseUncopied(p *Package, f *ast.File, e *Editor, fd *ast.FuncDecl) {
	fn, ok := p.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return
	}
	params := fn.Type().(*types.Signature).TypeParams()
	refused := map[*ast.CallExpr]bool{}
	for id, inst := range p.Info.Instances {
		use, ok := p.Info.Uses[id].(*types.Func)
		if !ok || use.Origin() != fn || inst.TypeArgs == nil || inst.TypeArgs.Len() != params.Len() {
			continue
		}
		copied := p.Fset.File(id.Pos()) == p.Fset.File(f.Pos())
		sub := map[*types.TypeParam]types.Type{}
		var names []string
		for i := range params.Len() {
			arg := inst.TypeArgs.At(i)
			if hasTypeParam(arg) {
				copied = true // an instance inside another generic function, as its copies have it
				break
			}
			if _, ok := typeName(p, f, arg, true); !ok {
				copied = false
			}
			sub[params.At(i)] = arg
			names = append(names, types.TypeString(arg, types.RelativeTo(p.Types)))
		}
		if copied {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || refused[call] || builtinName(p.Info, call) != "append" || len(call.Args) < 2 {
				return true
			}
			t := p.Info.TypeOf(call)
			if t == nil || !hasTypeParam(t) || !grows(p, substitute(t, sub)) {
				return true
			}
			refused[call] = true
			e.Refuse(call.Pos(), "append grows a slice of %s here for %s[%s], whose elements the interpreter keeps bigger than Go (they hold an interface the script declares with methods), and socklab writes no copy of %s for these types (a type declared inside a function, or a call from another file) to grow it as Go does: declare the types at the top level, and call %s from the file that declares it",
				types.TypeString(substitute(t, sub), types.RelativeTo(p.Types)), fn.Name(), strings.Join(names, ", "), fn.Name(), fn.Name())
			return true
		})
	}
}

// grows reports whether t is a slice type whose elements hold an
// interface the script declares with methods by value, which append grows
// otherwise under the interpreter.
func grows(p *Package, t types.Type) bool {
	st, ok := t.Underlying().(*types.Slice)
	return ok && holdsScriptInterface(p, st.Elem(), map[types.Type]bool{})
}

// grower returns the function that grows a slice of type t as Go's append
// does, and the assertion that follows its call: lift.Grow and .(t) for
// an append of elements written out, whose call is fn(s, k)assert; for
// one of a slice's elements (spread), a function that grows and appends
// (see growBody), declared once per file after its last line where atFile
// and the file's top level can name t, written as a function literal
// otherwise. ok is false where the file cannot name t.
func grower(p *Package, f *ast.File, e *Editor, t types.Type, spread, atFile bool) (fn, assert string, ok bool) {
	elemType := t.Underlying().(*types.Slice).Elem()
	name, ok := typeName(p, f, t, atFile)
	elem, elemOK := typeName(p, f, elemType, atFile)
	if atFile && (!ok || !elemOK) {
		atFile = false
		name, ok = typeName(p, f, t, false)
		elem, elemOK = typeName(p, f, elemType, false)
	}
	if !ok || !elemOK {
		return "", "", false
	}
	if !spread {
		return e.Import(lift.Package) + ".Grow", ".(" + name + ")", true
	}
	body := growBody(name, elem, goSizes.Sizeof(elemType), e.Import(lift.Package))
	if !atFile {
		return "func" + body, "", true
	}
	if e.growers == nil {
		e.growers = map[string]string{}
	}
	if fn, ok := e.growers[body]; ok {
		return fn, "", true
	}
	fn = e.Name("append")
	e.growers[body] = fn
	e.Append("func " + fn + body)
	return fn, "", true
}

// growBody returns the signature and body of a function that appends the
// elements of xs to a slice of type name, of elements of type elem and
// Go's size size, as a Go build's append does: grown where it must, to the
// capacity of Go's append for that size (an element that holds an
// interface holds pointers), with its elements copied.
func growBody(name, elem string, size int64, liftName string) string {
	return fmt.Sprintf("(s %[1]s, xs ...%[2]s) %[1]s { if len(s)+len(xs) > cap(s) { n := make(%[1]s, len(s), %[3]s.AppendCap(cap(s), len(s)+len(xs), %[4]d, true)); copy(n, s); s = n }; return append(s, xs...) }", name, elem, liftName, size)
}

// holdsScriptInterface reports whether a value of t holds, by value (not
// behind a pointer, slice, map or channel), an interface the script
// declares with methods, which the interpreter keeps in four words where
// Go keeps two: t is one, or a struct with a field or an array with
// elements that hold one.
func holdsScriptInterface(p *Package, t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if u.NumMethods() == 0 {
			return false
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			pkg := n.Obj().Pkg()
			return pkg != nil && (pkg == p.Types || slices.Contains(p.Script, pkg))
		}
		return true // an interface literal the script writes
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsScriptInterface(p, u.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Array:
		return u.Len() > 0 && holdsScriptInterface(p, u.Elem(), seen)
	}
	return false
}

// libraryAppends returns text, the signature and body of the function that
// pass library writes for a call of sig (slices.Clone, Insert, Grow,
// Concat, Collect, AppendSeq and their kind), with each append in the
// body grown as appendCap grows the script's own, where the slice the
// function returns or takes first holds an interface the script declares
// by value: Go's own function appends to a slice of Go's size, so its
// capacity is the one a Go build gives. atFile says whether the file's
// top level can name the types, as it says for text.
func libraryAppends(p *Package, f *ast.File, e *Editor, sig *types.Signature, text string, atFile bool) string {
	var t types.Type
	if sig.Results().Len() > 0 {
		t = sig.Results().At(0).Type()
	} else if sig.Params().Len() > 0 {
		t = sig.Params().At(0).Type()
	}
	if t == nil || !strings.Contains(text, "append(") || !grows(p, t) {
		return text
	}
	helper := func(spread bool) (string, string) {
		fn, assert, _ := grower(p, f, e, t, spread, atFile) // library refuses the call where it cannot name the types
		return fn, assert
	}
	fset := token.NewFileSet()
	const prefix = "func"
	x, err := parser.ParseExprFrom(fset, "", prefix+text, 0)
	if err != nil {
		return text // cannot happen: the table's bodies are Go
	}
	off := func(pos token.Pos) int { return fset.Position(pos).Offset - len(prefix) }
	type edit struct {
		at   int
		text string
	}
	var edits []edit
	ast.Inspect(x, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) < 2 {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "append" {
			return true
		}
		if call.Ellipsis.IsValid() {
			fn, _ := helper(true)
			edits = append(edits, edit{off(call.Fun.Pos()), "\x00" + fn})
			return true
		}
		fn, assert := helper(false)
		edits = append(edits, edit{off(call.Args[0].Pos()), fn + "("},
			edit{off(call.Args[0].End()), fmt.Sprintf(", %d)%s", len(call.Args)-1, assert)})
		return true
	})
	slices.SortStableFunc(edits, func(a, b edit) int { return b.at - a.at })
	for _, ed := range edits {
		if rest, ok := strings.CutPrefix(ed.text, "\x00"); ok { // replaces "append"
			text = text[:ed.at] + rest + text[ed.at+len("append"):]
			continue
		}
		text = text[:ed.at] + ed.text + text[ed.at:]
	}
	return text
}
