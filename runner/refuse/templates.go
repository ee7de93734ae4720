package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// templateData refuses executing a text/template or html/template with data
// that holds, in its static type or through the interfaces in it (a
// map[string]any, a field of type any), a type the script declares with
// methods, or a struct that embeds another. The template reaches the data
// by reflection, and the interpreter's runtime types have no methods that
// reflection sees and do not embed: {{.Initial}} fails with "can't evaluate
// field Initial in type ...", {{.Peer}} prints a struct's fields where Go
// calls its String method, and {{.Name}} of a field that Go promotes fails.
// A type on a basic type whose methods are String and Error alone is a
// compiled type of lift's pool, with those methods (pass basicnamed), and
// passes. The functions of a template's FuncMap hand it their results too.
// Where the script uses the error of the execution, the data must hold
// only types that pass template can name in it as Go does.
func templateData(r *reporter) {
	told := len(rewrite.TemplateTold(r.pkg)) > 0
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && told && (sel.Sel.Name == "Execute" || sel.Sel.Name == "ExecuteTemplate") {
			call, isCall := parentOf(stack).(*ast.CallExpr)
			direct := isCall && call.Fun == sel && r.info.Selections[sel] != nil && r.info.Selections[sel].Kind() == types.MethodVal
			if !direct && !rewrite.TemplateExecuteValue(r.info, sel) && !rewrite.TemplateExecuteMethodExpr(r.info, sel) && r.templateMethod(sel) {
				r.refuse(sel.Pos(), "socklab names the script's types in a template's errors and printf only where %s is called, or taken as a method value or expression of a *template.Template: call it (t.%s(w, data)) rather than take it through a type that embeds the template", sel.Sel.Name, sel.Sel.Name)
			}
			return true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if sel.Sel.Name == "Funcs" && len(call.Args) == 1 && r.templateReceiver(sel.X) {
			if t := r.typeOf(call.Args[0]); t != nil {
				if name, method := r.methodsHeld(t); name != "" {
					r.refuse(call.Args[0].Pos(), "a function of this FuncMap hands the template a value of %s, whose method %s the template cannot call in the interpreter, whose types have no methods that reflection sees (a method fails as a missing field, a String method is not called): return what the template shows in fields, or in a map", name, method)
				} else if name, field := r.embedsHeld(t); name != "" {
					r.refuse(call.Args[0].Pos(), "a function of this FuncMap hands the template a value of %s, which embeds %s, whose fields the template cannot reach as promoted fields in the interpreter, whose struct types do not embed: name the embedded field in the template ({{.%s.Name}})", name, field, field)
				} else if name, under := r.untoldReturned(call.Args[0], t); name != "" && (r.templatesPrintf() || r.templateErrorsUsed()) {
					r.refuse(call.Args[0].Pos(), "a function of this FuncMap hands the template a value of %s, which the interpreter makes %s, so a template's printf (%%T, %%#v) and its errors would name it %s where Go names it %s.%s: return %s, or make %s a struct type", name, under, under, r.pkg.Name(), name, under, name)
				}
			}
			return true
		}
		if sel.Sel.Name == "Parse" && len(call.Args) == 1 && r.templateReceiver(sel.X) {
			if tv, ok := r.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				if name, field := r.hiddenNamed(constant.StringVal(tv.Value)); name != "" {
					r.refuse(call.Args[0].Pos(), "this template names X%s, the interpreter's name of the unexported field %s of %s, which it has made exported, so the template prints the field where Go fails (can't evaluate field X%s): name an exported field", field, field, name, field)
				}
			}
			return true
		}
		arg := map[string]int{"Execute": 1, "ExecuteTemplate": 2}[sel.Sel.Name]
		if arg == 0 || len(call.Args) <= arg || !r.templateReceiver(sel.X) {
			return true
		}
		a := call.Args[arg]
		t := r.typeOf(a)
		if t == nil {
			return true
		}
		if name, method := r.methodsInData(t); name != "" {
			r.refuse(a.Pos(), "the template cannot call %s's method %s in the interpreter, whose types have no methods that reflection sees (a method fails as a missing field, a String method is not called): put what the template shows in fields, or in a map, before you execute it", name, method)
			return true
		}
		if name, method := r.methodsHeld(t); name != "" {
			r.refuse(a.Pos(), "this data may hold a value of %s in an interface, whose method %s the template cannot call in the interpreter, whose types have no methods that reflection sees (a method fails as a missing field, a String method is not called): put what the template shows in fields, or in a map of Go's types, before you execute it", name, method)
			return true
		}
		if name, field := r.embedsHeld(t); name != "" {
			r.refuse(a.Pos(), "this data may hold a value of %s, which embeds %s, whose fields the template cannot reach as promoted fields in the interpreter, whose struct types do not embed: name the embedded field in the template ({{.%s.Name}}), or give it a name in the struct", name, field, field)
			return true
		}
		if r.templatesUnknown() {
			if name, field, why, fix := r.untabledHidden(t); name != "" {
				r.refuse(a.Pos(), "this data may hold a value of %s, %s, whose unexported field %s the interpreter has made exported as X%s: a template read from a file or built at run time that names X%s prints the field where Go fails, and socklab tells that field from a map's key only for the struct types declared at the top level of the file: %s", name, why, field, field, field, fix)
				return true
			}
		}
		if r.templateErrorUsed(call, stack) {
			if name, why, fix := r.untoldHeld(t); name != "" {
				r.refuse(a.Pos(), "the template's errors name the type of the value they fail on, and this data may hold a value of %s, %s, so an error would name another type than Go's: %s", name, why, fix)
			} else if name, field := r.hiddenHeld(t); name != "" {
				r.refuse(a.Pos(), "this data may hold a value of %s in an interface, whose unexported field %s the interpreter has made exported, so a template that names it fails with another error than Go's (%s is an unexported field of struct type interface {}): put the value in a field of its own type, or export the field", name, field, field)
			}
		} else if r.templatesPrintf() {
			if _, name, why, fix := r.untoldLifted(t); name != "" {
				r.refuse(a.Pos(), "a template's printf names the type of what it prints with %%T and %%#v, and this data may hold a value of %s, %s, so printf would name another type than Go's: %s", name, why, fix)
			}
		}
		return true
	})
}

// parentOf returns the innermost node of stack, or nil.
func parentOf(stack []ast.Node) ast.Node {
	if len(stack) == 0 {
		return nil
	}
	return stack[len(stack)-1]
}

// templateMethod reports whether sel selects a method of a Template of
// text/template or html/template, as a value or a method expression.
func (r *reporter) templateMethod(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() == types.FieldVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	return ok && fn.Pkg() != nil && (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template")
}

// templateReceiver reports whether x is a *template.Template of
// text/template or html/template.
func (r *reporter) templateReceiver(x ast.Expr) bool {
	rt := r.typeOf(x)
	if p, ok := types.Unalias(rt).(*types.Pointer); ok {
		rt = p.Elem()
	}
	return rt != nil && (isNamed(rt, "text/template", "Template") || isNamed(rt, "html/template", "Template"))
}

// templateErrorUsed reports whether the script uses the error that call,
// an execution of a template, returns: it is not a statement of its own,
// nor assigned to the blank identifier alone.
func (r *reporter) templateErrorUsed(call *ast.CallExpr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return true
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return false
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				return true
			}
		}
		return false
	}
	return true
}

// methodsInData returns a type the script declares with a method of its
// own other than a pooled type's String and Error, which t involves, and
// the name of such a method; "", "" where there is none.
func (r *reporter) methodsInData(t types.Type) (name, method string) {
	rewrite.Involves(t, func(t types.Type) bool {
		name, method = r.ownMethod(t)
		return name != ""
	})
	return name, method
}

// methodsHeld is methodsInData of what t may hold at run time, through
// its interfaces and the results of its functions (see ifaceHeld).
func (r *reporter) methodsHeld(t types.Type) (name, method string) {
	h := r.held()
	h.reach(t, true, func(t types.Type) bool {
		name, method = r.ownMethod(t)
		return name != ""
	})
	if name == "" && h.generic && holdsInterface(t) {
		for _, n := range r.declaredTypes() {
			if name, method = r.ownMethod(n); name != "" {
				break
			}
		}
	}
	return name, method
}

// ownMethod returns t's name and that of a method of its own (of t or
// *t) where t is a type the script declares with one other than a pooled
// type's String and Error; "", "" otherwise.
func (r *reporter) ownMethod(t types.Type) (string, string) {
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr || !r.declared(t) || types.IsInterface(t) {
		return "", ""
	}
	pooled := r.pooled(t)
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := range ms.Len() {
		obj := ms.At(i).Obj()
		m := obj.Name()
		if obj.Pkg() != r.pkg || pooled && (m == "String" || m == "Error") {
			continue
		}
		return types.TypeString(t, types.RelativeTo(r.pkg)), m
	}
	return "", ""
}

// embedsHeld returns a struct type the script declares that t may hold
// at run time, itself or through its interfaces and functions, which
// embeds a struct of the script's (or a pointer to one), and the embedded
// field's name.
func (r *reporter) embedsHeld(t types.Type) (name, field string) {
	visit := func(t types.Type) bool {
		st, ok := t.Underlying().(*types.Struct)
		if !ok || !r.declared(t) {
			return false
		}
		for i := range st.NumFields() {
			if f := st.Field(i); f.Embedded() && isStructType(f.Type()) && r.declared(derefType(f.Type())) {
				name, field = types.TypeString(t, types.RelativeTo(r.pkg)), f.Name()
				return true
			}
		}
		return false
	}
	h := r.held()
	h.reach(t, true, visit)
	if name == "" && h.generic && holdsInterface(t) {
		for _, n := range r.declaredTypes() {
			if visit(n) {
				break
			}
		}
	}
	return name, field
}

// untoldHeld returns a type of the script that t may hold at run time,
// whose name pass template cannot give in a template's error, why, and
// what to write instead; "", "", "" where there is none.
func (r *reporter) untoldHeld(t types.Type) (name, why, fix string) {
	told := map[*types.Named]bool{}
	for _, n := range rewrite.TemplateTold(r.pkg) {
		told[n] = true
	}
	lifted, name, why, fix := r.untoldLifted(t)
	if name != "" {
		return name, why, fix
	}
	lits := r.structLiterals()
	visit := func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || types.IsInterface(n) {
			return false
		}
		spelled := types.TypeString(n, types.RelativeTo(r.pkg))
		switch {
		case n.Obj().Pkg() != r.pkg:
			if !r.scriptPackage(n.Obj().Pkg()) {
				return false
			}
			name, why, fix = spelled, "a type of another package of the script, which socklab does not name there", "put what the template shows in a struct of this file, or in a map"
		case n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0:
			name, why, fix = spelled, "a generic type, which socklab does not name there", "put what the template shows in a struct without type parameters, or in a map"
		case n.Obj().Parent() != r.pkg.Scope():
			name, why, fix = spelled, "a type declared inside a function, which socklab does not name there", "declare the type at the top level of the file"
		case !told[n]:
			if lifted[n] {
				return false // pass template names it in the error (see untoldLifted)
			}
			under := types.TypeString(n.Underlying(), types.RelativeTo(r.pkg))
			name, why, fix = spelled, "which the interpreter makes "+under, "convert it to "+under+" in the data, or make it a struct type"
		default:
			st, isStruct := n.Underlying().(*types.Struct)
			if !isStruct {
				return false
			}
			for _, o := range rewrite.TemplateTold(r.pkg) {
				if o != n && types.Identical(o.Underlying(), st) {
					name, why, fix = spelled, "which the interpreter makes one type with "+o.Obj().Name()+" (the same fields)", "give the two types different fields"
					return true
				}
			}
			for _, l := range lits {
				if types.Identical(l, st) {
					name, why, fix = spelled, "which the interpreter makes one type with a struct literal's type of the same fields", "declare a type for the literal, or give the two different fields"
					return true
				}
			}
			return false
		}
		return true
	}
	h := r.held()
	h.reach(t, true, visit)
	if name == "" && h.generic && holdsInterface(t) {
		for _, n := range r.declaredTypes() {
			if visit(n) {
				break
			}
		}
	}
	return name, why, fix
}

// untoldLifted returns the types the script declares that data of static
// type t holds which the interpreter makes their underlying type (type
// Tags []string is []string), and which pass template names in the
// execution's error as Go does (rewrite.TemplateUntoldTypes): those in t
// itself, but for data in which a runtime spelling of one of them could
// be another type's (a []string beside a Tags, a map[string]Tags beside a
// map[string][]string), one sits in an anonymous struct, a function or a
// channel (whose spelling the error names otherwise), or an interface may
// hold one (the spelling would be the interface's value's), or in a
// package whose templates have functions of its own (whose parameters and
// results the error names too). Where it refuses, it returns such a type,
// why and what to write instead.
func (r *reporter) untoldLifted(t types.Type) (lifted map[*types.Named]bool, name, why, fix string) {
	mapped := rewrite.TemplateUntoldTypes(r.pkg, t)
	if len(mapped) == 0 {
		return nil, "", "", ""
	}
	isUntold := func(x types.Type) bool {
		n, ok := types.Unalias(x).(*types.Named)
		if !ok {
			return false
		}
		for _, m := range mapped {
			if types.Identical(m, n) {
				return true
			}
		}
		return false
	}
	spell := func(x types.Type) string { return types.TypeString(x, types.RelativeTo(r.pkg)) }
	if r.templateFuncs() && !rewrite.TemplateFuncsPlain(r.info, r.files) {
		return nil, spell(mapped[0]), "which the interpreter makes " + spell(mapped[0].Underlying()) + " in a package whose templates have functions of their own", "convert it to " + spell(mapped[0].Underlying()) + " in the data, or make it a struct type"
	}
	h := r.held()
	if h.generic && holdsInterface(t) {
		return nil, spell(mapped[0]), "which the interpreter makes " + r.runtimeForm(mapped[0]) + ", and an interface in this data may hold any type (a type parameter's), of that spelling too", "convert it to " + spell(mapped[0].Underlying()) + " in the data, or make it a struct type"
	}
	var reached []types.Type
	underlying := map[types.Type]bool{} // of a named type, met as that type's
	h.reach(t, true, func(x types.Type) bool {
		if n, ok := types.Unalias(x).(*types.Named); ok {
			underlying[n.Underlying()] = true
		}
		if !underlying[x] {
			reached = append(reached, x)
		}
		return false
	})
	for _, x := range reached {
		if rewrite.Involves(x, isUntold) {
			switch u := types.Unalias(x).(type) {
			case *types.Named:
				if !isUntold(u) {
					continue // a struct of the script's, named as a whole
				}
			case *types.Pointer, *types.Slice, *types.Array, *types.Map:
			default:
				return nil, spell(x), "which holds a type the interpreter makes its underlying type, and socklab does not name it there", "give the type a name at the top level of the file"
			}
			known := false
			for _, m := range mapped {
				known = known || types.Identical(m, x)
			}
			if !known {
				return nil, spell(x), "in an interface, which the interpreter makes " + r.runtimeForm(x) + ", and socklab does not name it there", "put it in a field of its own type"
			}
		}
		for _, m := range mapped {
			if !types.Identical(m, x) && r.runtimeForm(m) == r.runtimeForm(x) {
				return nil, spell(m), "which the interpreter makes " + r.runtimeForm(m) + ", as it does the " + spell(x) + " this data may hold too", "convert one of them to a struct type"
			}
		}
	}
	lifted = map[*types.Named]bool{}
	for _, m := range mapped {
		if n, ok := types.Unalias(m).(*types.Named); ok {
			lifted[n] = true
		}
	}
	return lifted, "", "", ""
}

// runtimeForm spells the interpreter's runtime type of t where it could
// be another type's: a type the script declares that TemplateTold leaves
// out as its underlying type, others by their names.
func (r *reporter) runtimeForm(t types.Type) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		for _, n := range rewrite.TemplateTold(r.pkg) {
			if n == u {
				return types.TypeString(u, nil)
			}
		}
		if r.declared(u) && !types.IsInterface(u) {
			return r.runtimeForm(u.Underlying())
		}
		return types.TypeString(u, nil)
	case *types.Pointer:
		return "*" + r.runtimeForm(u.Elem())
	case *types.Slice:
		return "[]" + r.runtimeForm(u.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(u.Len(), 10) + "]" + r.runtimeForm(u.Elem())
	case *types.Map:
		return "map[" + r.runtimeForm(u.Key()) + "]" + r.runtimeForm(u.Elem())
	}
	return types.TypeString(t, nil)
}

// untoldReturned returns a type the script declares that the interpreter
// makes its underlying type (type Tags []string is []string), which a
// function of x, the FuncMap handed to Funcs, of type t, may return, and
// that underlying type's spelling; "", "" where there is none. The
// functions of a FuncMap literal are read from their own types; another
// FuncMap's, from what the package may put in an interface.
func (r *reporter) untoldReturned(x ast.Expr, t types.Type) (name, under string) {
	check := func(rt types.Type) bool {
		for _, u := range rewrite.TemplateUntoldTypes(r.pkg, rt) {
			if n, ok := types.Unalias(u).(*types.Named); ok {
				name, under = types.TypeString(n, types.RelativeTo(r.pkg)), types.TypeString(n.Underlying(), types.RelativeTo(r.pkg))
				return true
			}
		}
		return false
	}
	if lit, ok := ast.Unparen(x).(*ast.CompositeLit); ok {
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if sig, ok := types.Unalias(r.typeOf(kv.Value)).(*types.Signature); ok && sig.Results().Len() > 0 && check(sig.Results().At(0).Type()) {
				return name, under
			}
		}
		return "", ""
	}
	r.held().reach(t, true, func(x types.Type) bool {
		_, isSig := types.Unalias(x).(*types.Signature)
		return isSig && x.(*types.Signature).Results().Len() > 0 && check(x.(*types.Signature).Results().At(0).Type())
	})
	return name, under
}

// templateErrorsUsed reports whether the package uses the error of an
// execution of a template.
func (r *reporter) templateErrorsUsed() bool {
	found := false
	for _, f := range r.files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && !found && rewrite.TemplateExecute(r.info, call) && r.templateErrorUsed(call, stack) {
				found = true
			}
			return !found
		})
	}
	return found
}

// templatesPrintf reports whether a template of the package may call
// printf: one is parsed from a file (ParseFiles, ParseGlob, ParseFS), from
// text that is not a constant, or from a constant that names printf.
func (r *reporter) templatesPrintf() bool {
	return r.templateSources(func(text string) bool { return strings.Contains(text, "printf") })
}

// templatesUnknown reports whether a template of the package is parsed
// from a file or from text that is not a constant.
func (r *reporter) templatesUnknown() bool {
	return r.templateSources(func(string) bool { return false })
}

// templateSources reports whether a template of the package is parsed
// from a file (ParseFiles, ParseGlob, ParseFS), from text that is not a
// constant, or from a constant text for which match reports true.
func (r *reporter) templateSources(match func(text string) bool) bool {
	found := false
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			var id *ast.Ident
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				id = fn.Sel
			case *ast.Ident:
				id = fn
			default:
				return true
			}
			obj, ok := r.info.Uses[id].(*types.Func)
			if !ok || obj.Pkg() == nil || obj.Pkg().Path() != "text/template" && obj.Pkg().Path() != "html/template" || !strings.HasPrefix(obj.Name(), "Parse") {
				return true
			}
			if obj.Name() != "Parse" || len(call.Args) != 1 {
				found = true
				return false
			}
			tv, ok := r.info.Types[call.Args[0]]
			found = !ok || tv.Value == nil || tv.Value.Kind() != constant.String || match(constant.StringVal(tv.Value))
			return !found
		})
	}
	return found
}

// templateFuncs reports whether the package gives a template functions of
// its own (Funcs).
func (r *reporter) templateFuncs() bool {
	found := false
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Funcs" && r.templateReceiver(sel.X) {
				found = true
			}
			return !found
		})
	}
	return found
}

// hiddenHeld returns a struct type the script declares with an unexported
// field, that an interface inside t may hold at run time (itself, or a
// pointer to it), and the field's name: text/template names the interface
// type in its error about the field, which the interpreter's type of the
// struct has exported (Xname), so that the error is another. What the data
// itself holds, where it is an interface, the template sees as its own
// type, whose error pass template names as Go does.
func (r *reporter) hiddenHeld(t types.Type) (name, field string) {
	h := r.held()
	seen := map[types.Type]bool{}
	var data, inner func(t types.Type) bool
	// data looks at a value the template sees as its own type.
	data = func(t types.Type) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		if types.IsInterface(t) {
			for _, src := range h.sources(t) {
				if data(src) {
					return true
				}
			}
			return false
		}
		found := false
		rewrite.Involves(t, func(x types.Type) bool {
			if x != t && types.IsInterface(x) {
				found = inner(x)
				return found
			}
			if sig, ok := types.Unalias(x).(*types.Signature); ok {
				for _, rt := range templateResults(sig) {
					if data(rt) {
						found = true
						return true
					}
				}
			}
			return false
		})
		return found
	}
	// inner looks at an interface inside the data: the template names it.
	inner = func(iface types.Type) bool {
		for _, src := range h.sources(iface) {
			if types.IsInterface(src) {
				if inner(src) {
					return true
				}
				continue
			}
			if n, f := r.hiddenField(derefType(src)); n != "" {
				name, field = n, f
				return true
			}
			if data(src) {
				return true
			}
		}
		return false
	}
	data(t)
	return name, field
}

// untabledHidden returns a struct type of the script's with an unexported
// field that data of static type t may hold at run time, itself or
// through its interfaces and functions, and which pass template's table
// does not hold (rewrite.TemplateTold: one declared inside a function,
// generic, or of another package of the script), the field's name (where
// no struct of the script has an exported field of the interpreter's name
// for it), why it is not in the table and what to write instead.
func (r *reporter) untabledHidden(t types.Type) (name, field, why, fix string) {
	told := map[*types.Named]bool{}
	for _, n := range rewrite.TemplateTold(r.pkg) {
		told[n] = true
	}
	exported := map[string]bool{}
	for _, n := range r.declaredTypes() {
		if st, ok := n.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); f.Exported() {
					exported[f.Name()] = true
				}
			}
		}
	}
	visit := func(x types.Type) bool {
		n, ok := types.Unalias(x).(*types.Named)
		if !ok || told[n.Origin()] || n.Obj().Pkg() == nil || n.Obj().Pkg() != r.pkg && !r.scriptPackage(n.Obj().Pkg()) {
			return false
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range st.NumFields() {
			if f := st.Field(i); !f.Exported() && f.Name() != "_" && !exported["X"+f.Name()] {
				name, field = types.TypeString(n, types.RelativeTo(r.pkg)), f.Name()
				switch {
				case n.Obj().Pkg() != r.pkg:
					why, fix = "a type of another package of the script", "put what the template shows in a struct of this file"
				case n.TypeArgs().Len() > 0 || n.TypeParams().Len() > 0:
					why, fix = "a generic type", "put what the template shows in a struct without type parameters"
				default:
					why, fix = "a type declared inside a function", "declare the type at the top level of the file"
				}
				return true
			}
		}
		return false
	}
	r.held().reach(t, true, visit)
	return name, field, why, fix
}

// hiddenField returns t's name and that of an unexported field of it,
// where t is a struct type the script declares with one; "", "" otherwise.
func (r *reporter) hiddenField(t types.Type) (string, string) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || !r.declared(t) {
		return "", ""
	}
	for i := range st.NumFields() {
		if f := st.Field(i); !f.Exported() && f.Name() != "_" {
			return types.TypeString(t, types.RelativeTo(r.pkg)), f.Name()
		}
	}
	return "", ""
}

// hiddenNamed returns a struct type the script declares and the name of
// an unexported field of it, where text, a template's source, names the
// field by the interpreter's exported name for it (.Xtoken for token),
// and no struct type of the script has a field of that name. The struct
// types of pass template's table (rewrite.TemplateTold) are left out: an
// execution tells such a field from a map's key by its data, and fails
// there as Go does (lift.TemplateTextFor).
func (r *reporter) hiddenNamed(text string) (name, field string) {
	if !strings.Contains(text, ".X") {
		return "", ""
	}
	told := map[*types.Named]bool{}
	for _, n := range rewrite.TemplateTold(r.pkg) {
		told[n] = true
	}
	exported := map[string]bool{}
	for _, n := range r.declaredTypes() {
		if st, ok := n.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); f.Exported() {
					exported[f.Name()] = true
				}
			}
		}
	}
	for _, n := range r.declaredTypes() {
		st, ok := n.Underlying().(*types.Struct)
		if !ok || told[n] {
			continue
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if f.Exported() || f.Name() == "_" || exported["X"+f.Name()] {
				continue
			}
			for rest := text; ; {
				j := strings.Index(rest, ".X"+f.Name())
				if j < 0 {
					break
				}
				end := j + 2 + len(f.Name())
				if end == len(rest) || !isIdentByte(rest[end]) {
					return types.TypeString(n, types.RelativeTo(r.pkg)), f.Name()
				}
				rest = rest[end:]
			}
		}
	}
	return "", ""
}

// isIdentByte reports whether c may be part of a Go identifier.
func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// scriptPackage reports whether pkg is one of the script's own packages
// (a lesson's local package): one whose path has no dot in its first
// element and is not of Go's library, as the package's imports say.
func (r *reporter) scriptPackage(pkg *types.Package) bool {
	for _, imp := range r.pkg.Imports() {
		if imp == pkg {
			return !isLibraryPath(pkg.Path())
		}
	}
	return false
}

// isLibraryPath reports whether path is a package of Go's library or a
// helper package of socklab's (compiled, with Go's type names), rather
// than one of a lesson's own, whose path is in its module.
func isLibraryPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") || strings.HasPrefix(path, "github.com/socklab/socklab/stdlib/")
}

// structLiterals returns the struct types the package writes as literals
// (not the underlying type of a type it declares).
func (r *reporter) structLiterals() []*types.Struct {
	declared := map[*types.Struct]bool{}
	for _, n := range r.declaredTypes() {
		if st, ok := n.Underlying().(*types.Struct); ok {
			declared[st] = true
		}
	}
	var out []*types.Struct
	for _, tv := range r.info.Types {
		if st, ok := types.Unalias(tv.Type).(*types.Struct); ok && !declared[st] {
			out = append(out, st)
		}
	}
	return out
}

// declaredTypes returns the named types the package declares, anywhere.
func (r *reporter) declaredTypes() []*types.Named {
	var out []*types.Named
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok {
				out = append(out, n)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Obj().Pos() < out[j].Obj().Pos() })
	return out
}

// holdsInterface reports whether t is or holds an interface.
func holdsInterface(t types.Type) bool {
	return rewrite.Involves(t, func(t types.Type) bool {
		_, isParam := types.Unalias(t).(*types.TypeParam)
		return isParam || types.IsInterface(t)
	})
}

// derefType returns what t points to, or t where it is not a pointer.
func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
