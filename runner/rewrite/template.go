package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// text/template names the type of the value it fails on in its errors
// (can't evaluate field Missing in type main.Board), and the interpreter's
// runtime type of a script's type has no name: a struct is spelled by its
// fields, a named basic type by socklab's pool type. This pass hands the
// error of each Execute and ExecuteTemplate of a text/template or
// html/template whose result the script uses to lift.TemplateError, with
// a table of the file's types (TemplateTypes) by which it names them as Go
// does, and the template itself to lift.TemplateTextFor or
// TemplateHTMLFor, whose executions' printf names them so too (%T, %+v,
// %#v), and which tell, by the data, a field named as the interpreter
// names an unexported one (Xtoken) from a map's key. runner/refuse refuses
// the data of a type the table cannot tell.

func templateErrors(p *Package, f *ast.File, e *Editor) {
	discarded := discardedCalls(f)
	// Functions of the script's that may return a value of the runtime
	// spelling of a data's type the interpreter makes its underlying one.
	ownFuncs := callsFuncs(p) && !TemplateFuncsPlain(p.Info, p.Files)
	tab := ""
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && TemplateExecuteMethodExpr(p.Info, sel) {
			if tab == "" {
				tab = templateTable(p, f, e)
			}
			if tab != "-" {
				templateMethodExpr(p, f, e, sel, tab)
			}
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok && TemplateExecuteValue(p.Info, sel) && !calledAs(stack, sel) {
			if tab == "" {
				tab = templateTable(p, f, e)
			}
			if tab != "-" {
				templateMethodValue(p, f, e, sel, tab)
			}
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !TemplateExecute(p.Info, call) {
			return true
		}
		if tab == "" {
			tab = templateTable(p, f, e)
		}
		errTab, printfTab := tab, tab
		if u := templateUntold(p, f, e, call, tab); u != "" {
			if !discarded[call] {
				errTab = u
			}
			if !ownFuncs {
				printfTab = u // only the data can hold values of its types
			}
		}
		if errTab == "-" && printfTab == "-" {
			return false
		}
		pkg := e.Import(lift.Package)
		if !discarded[call] {
			e.InsertLast(call.Pos(), pkg+".TemplateError("+directive(p, call.Pos()))
			e.InsertFirst(call.End(), ", "+errTab+")"+directive(p, call.End()))
		}
		if printfTab == "-" {
			return false
		}
		x := call.Fun.(*ast.SelectorExpr).X
		if fn, addr := templateFor(p, x); fn != "" {
			e.InsertLast(x.Pos(), pkg+fn+"("+addr+directive(p, x.Pos()))
			e.InsertFirst(x.End(), ", "+printfTab+")"+directive(p, x.End()))
		}
		return true
	})
}

// templateFor returns the function of lift that x, the receiver of an
// execution, goes to (TemplateTextFor, TemplateHTMLFor), and "&" where x
// is a Template rather than a pointer to one (addressable, as Execute's
// receiver is a pointer); "", "" where x is neither.
func templateFor(p *Package, x ast.Expr) (fn, addr string) {
	t := types.Unalias(p.Info.TypeOf(x))
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	} else {
		addr = "&"
	}
	n, ok := t.(*types.Named)
	switch {
	case !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Template":
		return "", ""
	case n.Obj().Pkg().Path() == "html/template":
		return ".TemplateHTMLFor", addr
	case n.Obj().Pkg().Path() == "text/template":
		return ".TemplateTextFor", addr
	}
	return "", ""
}

// templateMethodValue writes the method value t.Execute (or
// t.ExecuteTemplate) as the function literal it stands for, its receiver
// evaluated where the method value is, whose call hands the error to
// lift.TemplateError and the template to TemplateTextFor or
// TemplateHTMLFor as a direct call's are:
//
//	f := t.Execute   =>   f := func(_r1 *template.Template) func(io.Writer, any) error { return func(_p2 io.Writer, _p3 any) error { return sl.TemplateError(sl.TemplateTextFor(_r1, tab).Execute(_p2, _p3), tab) } }(t)
func templateMethodValue(p *Package, f *ast.File, e *Editor, sel *ast.SelectorExpr, tab string) {
	pkg := e.Import(lift.Package)
	xt := p.Info.TypeOf(sel.X)
	r := e.Name("r")
	recv := r
	if fn, addr := templateFor(p, sel.X); fn != "" {
		recv = pkg + fn + "(" + addr + r + ", " + tab + ")"
	}
	spell := func(t types.Type) (string, bool) { return libraryTypeName(p, f, e, t), true }
	sig := p.Info.TypeOf(sel).(*types.Signature)
	lit, _ := funcLit(sig, e, spell, func(args []string) string {
		return pkg + ".TemplateError(" + recv + "." + sel.Sel.Name + "(" + strings.Join(args, ", ") + "), " + tab + ")"
	})
	ft, _ := spell(unnamed(sig))
	rt, _ := spell(xt)
	e.Insert(sel.Pos(), "func("+r+" "+rt+") "+ft+" { return "+lit+" }("+directive(p, sel.Pos()))
	e.Replace(sel.X.End(), sel.End(), ")"+directive(p, sel.End()))
}

// templateMethodExpr writes the method expression (*template.Template).Execute
// (or ExecuteTemplate) as the function literal it stands for, whose call
// hands the error to lift.TemplateError and the template to
// TemplateTextFor or TemplateHTMLFor as a direct call's are, called or
// taken as a value:
//
//	f := (*template.Template).Execute   =>   f := func(_p1 *template.Template, _p2 io.Writer, _p3 any) error { return sl.TemplateError(sl.TemplateTextFor(_p1, tab).Execute(_p2, _p3), tab) }
func templateMethodExpr(p *Package, f *ast.File, e *Editor, sel *ast.SelectorExpr, tab string) {
	pkg := e.Import(lift.Package)
	sig := p.Info.TypeOf(sel).(*types.Signature)
	fn := ".TemplateTextFor"
	if isHTMLTemplate(sig.Params().At(0).Type()) {
		fn = ".TemplateHTMLFor"
	}
	spell := func(t types.Type) (string, bool) { return libraryTypeName(p, f, e, t), true }
	lit, _ := funcLit(sig, e, spell, func(args []string) string {
		return pkg + ".TemplateError(" + pkg + fn + "(" + args[0] + ", " + tab + ")." + sel.Sel.Name + "(" + strings.Join(args[1:], ", ") + "), " + tab + ")"
	})
	e.Replace(sel.Pos(), sel.End(), lit+directive(p, sel.End()))
}

// isHTMLTemplate reports whether t is a *template.Template of
// html/template.
func isHTMLTemplate(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "html/template"
}

// TemplateExecuteMethodExpr reports whether sel is the method expression
// (*template.Template).Execute or ExecuteTemplate of text/template or
// html/template: pass template writes it out, called or not.
func TemplateExecuteMethodExpr(info *types.Info, sel *ast.SelectorExpr) bool {
	if sel.Sel.Name != "Execute" && sel.Sel.Name != "ExecuteTemplate" {
		return false
	}
	sl := info.Selections[sel]
	if sl == nil || sl.Kind() != types.MethodExpr {
		return false
	}
	ptr, ok := types.Unalias(sl.Recv()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named) // the Template itself, not a struct that embeds one
	return ok && n.Obj().Name() == "Template" && n.Obj().Pkg() != nil && (n.Obj().Pkg().Path() == "text/template" || n.Obj().Pkg().Path() == "html/template")
}

// calledAs reports whether sel is the function of the call around it.
func calledAs(stack []ast.Node, sel *ast.SelectorExpr) bool {
	if len(stack) == 0 {
		return false
	}
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	return ok && call.Fun == sel
}

// TemplateExecuteValue reports whether sel selects, as a method value and
// not a method expression, the Execute or ExecuteTemplate of a
// *template.Template of text/template or html/template: pass template
// writes it out, called or not.
func TemplateExecuteValue(info *types.Info, sel *ast.SelectorExpr) bool {
	return TemplateExecute(info, &ast.CallExpr{Fun: sel})
}

// callsFuncs reports whether p gives a template functions of its own
// (the Funcs method of a text/template or html/template), whose results
// printf may print.
func callsFuncs(p *Package) bool {
	found := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Funcs" {
				if fn, ok := p.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template") {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// TemplateFuncsPlain reports whether each function files give templates
// (the values of the FuncMap literals handed to Funcs) takes and returns
// only values whose types hold no slice, map, array, interface, function,
// channel or type parameter: no result of theirs has the runtime spelling
// of a type of an execution's data that the interpreter makes its
// underlying type (type Tags []string is []string), nor does an error
// about a parameter name one, so that a template's printf and errors name
// such a type by the data's table. It is false where an argument of Funcs
// is not such a literal.
func TemplateFuncsPlain(info *types.Info, files []*ast.File) bool {
	plain := true
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !plain {
				return plain
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Funcs" {
				return true
			}
			if fn, ok := info.Uses[sel.Sel].(*types.Func); !ok || fn.Pkg() == nil || fn.Pkg().Path() != "text/template" && fn.Pkg().Path() != "html/template" {
				return true
			}
			lit := funcMapLiteral(info, files, call.Args[0])
			if len(call.Args) != 1 || lit == nil {
				plain = false
				return false
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					plain = false
					return false
				}
				sig, ok := types.Unalias(info.TypeOf(kv.Value)).(*types.Signature)
				if !ok {
					plain = false
					return false
				}
				var spelt []types.Type // what a template prints, or its errors name
				for i := range sig.Params().Len() {
					spelt = append(spelt, sig.Params().At(i).Type())
				}
				for i := range sig.Results().Len() {
					if rt := sig.Results().At(i).Type(); i != 1 || !types.Identical(rt, types.Universe.Lookup("error").Type()) {
						spelt = append(spelt, rt) // not the error a template reports
					}
				}
				for _, rt := range spelt {
					if Involves(rt, func(t types.Type) bool {
						switch types.Unalias(t).(type) {
						case *types.Slice, *types.Map, *types.Array, *types.Signature, *types.Chan, *types.TypeParam:
							return true
						}
						return types.IsInterface(t)
					}) {
						plain = false
						return false
					}
				}
			}
			return true
		})
	}
	return plain
}

// funcMapLiteral returns the literal that x, the argument of a Funcs, is:
// the literal itself, or a variable declared with it that files use only
// as arguments of Funcs (so that no other function is put in it); nil
// otherwise.
func funcMapLiteral(info *types.Info, files []*ast.File, x ast.Expr) *ast.CompositeLit {
	x = ast.Unparen(x)
	if lit, ok := x.(*ast.CompositeLit); ok {
		return lit
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var lit *ast.CompositeLit
	ok = true
	for _, f := range files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			id, isIdent := n.(*ast.Ident)
			if !ok || !isIdent {
				return ok
			}
			switch {
			case info.Defs[id] == v:
				lit = declaredLiteral(stack, id)
				ok = lit != nil
			case info.Uses[id] == v:
				call, isCall := parentOf(stack).(*ast.CallExpr)
				ok = isCall && len(call.Args) == 1 && call.Args[0] == id && isFuncsCall(call)
			}
			return ok
		})
	}
	if !ok {
		return nil
	}
	return lit
}

// declaredLiteral returns the composite literal that id, a variable
// declared in the innermost node of stack (id := lit, var id = lit), is
// declared with, or nil.
func declaredLiteral(stack []ast.Node, id *ast.Ident) *ast.CompositeLit {
	var rhs ast.Expr
	switch d := parentOf(stack).(type) {
	case *ast.AssignStmt:
		for i, l := range d.Lhs {
			if l == id && len(d.Rhs) == len(d.Lhs) {
				rhs = d.Rhs[i]
			}
		}
	case *ast.ValueSpec:
		for i, n := range d.Names {
			if n == id && len(d.Values) == len(d.Names) {
				rhs = d.Values[i]
			}
		}
	}
	lit, _ := ast.Unparen(rhs).(*ast.CompositeLit)
	return lit
}

// isFuncsCall reports whether call calls a method named Funcs.
func isFuncsCall(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Funcs"
}

// parentOf returns the innermost node of stack, or nil.
func parentOf(stack []ast.Node) ast.Node {
	if len(stack) == 0 {
		return nil
	}
	return stack[len(stack)-1]
}

// allBlank reports whether each expression of lhs is the blank identifier.
func allBlank(lhs []ast.Expr) bool {
	for _, l := range lhs {
		if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// TemplateExecute reports whether call is an Execute or ExecuteTemplate
// of a *template.Template of text/template or html/template.
func TemplateExecute(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Execute" && sel.Sel.Name != "ExecuteTemplate" {
		return false
	}
	sl := info.Selections[sel]
	if sl == nil || sl.Kind() != types.MethodVal {
		return false
	}
	fn, ok := sl.Obj().(*types.Func)
	return ok && fn.Pkg() != nil && (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template")
}

// templateTable declares the file's table of the types the package
// declares at its top level that the table can tell by their runtime
// spelling (TemplateTold), after the file's last line, and returns its
// name, or "-" where there are none.
func templateTable(p *Package, f *ast.File, e *Editor) string {
	var zeros, names, hidden []string
	for _, n := range TemplateTold(p.Types) {
		tn, ok := typeName(p, f, n, true)
		if !ok {
			continue
		}
		zeros = append(zeros, "[]"+tn+"(nil)")
		names = append(names, strconv.Quote(p.Types.Name()+"."+n.Obj().Name()))
		var fields []string
		if st, ok := n.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); !f.Exported() && f.Name() != "_" {
					fields = append(fields, strconv.Quote(f.Name()))
				}
			}
		}
		hidden = append(hidden, "{"+strings.Join(fields, ", ")+"}")
	}
	if len(zeros) == 0 {
		return "-"
	}
	pkg := e.Import(lift.Package)
	name := e.Name("slT")
	e.Append(fmt.Sprintf("var %s = %s.TemplateTypes([]any{%s}, []string{%s}, [][]string{%s})", name, pkg, strings.Join(zeros, ", "), strings.Join(names, ", "), strings.Join(hidden, ", ")))
	return name
}

// TemplateTold returns the types pkg declares at its top level, without
// type parameters, whose runtime type under the interpreter is a type of
// its own, spelled otherwise than Go names it: a struct (spelled by its
// fields), a type of lift's pool (Pooled). The others (a type on a slice,
// a map, a basic type with other methods) the interpreter makes their
// underlying type.
func TemplateTold(pkg *types.Package) []*types.Named {
	var out []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); isStruct || Pooled(tn) {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Obj().Pos() < out[j].Obj().Pos() })
	return out
}

// templateUntold declares, after the file's last line, the table of call's
// execution: tab (or, where it is "-", one of no types) with the types of
// the data's static type that the interpreter makes their underlying type
// (TemplateUntoldTypes), and returns its name; "" where the data holds
// none.
func templateUntold(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, tab string) string {
	arg := map[string]int{"Execute": 1, "ExecuteTemplate": 2}[call.Fun.(*ast.SelectorExpr).Sel.Name]
	if arg >= len(call.Args) {
		return ""
	}
	untold := TemplateUntoldTypes(p.Types, p.Info.TypeOf(call.Args[arg]))
	if len(untold) == 0 {
		return ""
	}
	var zeros, names []string
	for _, t := range untold {
		zeros = append(zeros, "[]"+libraryTypeName(p, f, e, t)+"(nil)")
		names = append(names, strconv.Quote(types.TypeString(t, func(pkg *types.Package) string { return pkg.Name() })))
	}
	pkg := e.Import(lift.Package)
	base := tab
	if base == "-" {
		base = "nil"
	}
	name := e.Name("slTU")
	e.Append(fmt.Sprintf("var %s = %s.TemplateUntold(%s, []any{%s}, []string{%s})", name, pkg, base, strings.Join(zeros, ", "), strings.Join(names, ", ")))
	return name
}

// TemplateUntoldTypes returns the types in t (itself, through pointers,
// slices, arrays, maps and struct fields) that hold a type pkg declares at
// its top level, without type parameters, that TemplateTold leaves out (the
// interpreter makes it its underlying type: type Tags []string is
// []string), and are that type or a pointer, slice, array or map: their
// runtime spellings are what a template's error names them by.
// runner/refuse refuses data in which such a spelling could name another
// type, or such a type is in an anonymous struct, a function or a channel.
func TemplateUntoldTypes(pkg *types.Package, t types.Type) []types.Type {
	if t == nil {
		return nil
	}
	told := map[*types.Named]bool{}
	for _, n := range TemplateTold(pkg) {
		told[n] = true
	}
	untold := func(x types.Type) bool {
		n, ok := types.Unalias(x).(*types.Named)
		return ok && n.Obj().Pkg() == pkg && !told[n] && !types.IsInterface(n) && n.Obj().Parent() == pkg.Scope() && n.TypeParams().Len() == 0
	}
	var out []types.Type
	Involves(t, func(x types.Type) bool {
		if !Involves(x, untold) {
			return false
		}
		switch u := types.Unalias(x).(type) {
		case *types.Named:
			if !untold(u) {
				return false
			}
		case *types.Pointer, *types.Slice, *types.Array, *types.Map:
		default:
			return false
		}
		for _, o := range out {
			if types.Identical(o, x) {
				return false
			}
		}
		out = append(out, x)
		return false
	})
	return out
}
