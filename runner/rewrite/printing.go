package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter hands fmt and log a script's value as a value of a type
// of its own making, so %T and %#v print its types, %+v its renamed
// fields, and fmt never calls the String or Error method of a value held
// in a field or an element, nor *log.Logger's methods that of any value
// (see lift.Show). This pass hands each argument of a printing call that
// holds a type the script declares to lift.Show, with a description of
// its static type built from the type checker's knowledge (declared after
// the file's imports, so that it is set before the script's variables
// whose initialisers print); %T becomes %s of the name Go prints. Arguments of
// interface type are left alone: their dynamic type is not known here
// (runner/refuse refuses what differs of those).

// printCalls are the printing functions, with the index of their format
// (-1: none, each argument printed with %v) and of their first argument
// to print, and whether they put spaces between operands as fmt.Print
// does (only where neither is a string).
var printCalls = sync.OnceValue(func() map[string]printSpec {
	return map[string]printSpec{
		"fmt.Print": {-1, 0, true}, "fmt.Sprint": {-1, 0, true}, "fmt.Fprint": {-1, 1, true}, "fmt.Append": {-1, 1, true},
		"fmt.Println": {-1, 0, false}, "fmt.Sprintln": {-1, 0, false}, "fmt.Fprintln": {-1, 1, false}, "fmt.Appendln": {-1, 1, false},
		"fmt.Printf": {0, 1, false}, "fmt.Sprintf": {0, 1, false}, "fmt.Fprintf": {1, 2, false}, "fmt.Appendf": {1, 2, false},
		"fmt.Errorf": {0, 1, false},
		"log.Print":  {-1, 0, true}, "log.Fatal": {-1, 0, true}, "log.Panic": {-1, 0, true},
		"log.Println": {-1, 0, false}, "log.Fatalln": {-1, 0, false}, "log.Panicln": {-1, 0, false},
		"log.Printf": {0, 1, false}, "log.Fatalf": {0, 1, false}, "log.Panicf": {0, 1, false},
	}
})

// A printSpec is where a printing function's format and first operand
// are, and whether it spaces operands as fmt.Print does.
type printSpec struct {
	format, first int
	sprint        bool
}

func printing(p *Package, f *ast.File, e *Editor) {
	s := &shower{p: p, f: f, e: e, descs: map[string]string{}, printing: true}
	if f == p.Files[0] {
		s.exportHidden()
	}
	s.panicShows()
	s.generic = genericBodies(p, f)
	deferred := map[*ast.CallExpr]bool{} // calls whose arguments Go evaluates before the call runs
	called := map[ast.Expr]bool{}        // the functions called where they are named, or dropped (var _ = fmt.Sprint)
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			deferred[n.Call] = true
		case *ast.GoStmt:
			deferred[n.Call] = true
		case *ast.CallExpr:
			called[ast.Unparen(n.Fun)] = true
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if name.Name == "_" && i < len(n.Values) {
					called[ast.Unparen(n.Values[i])] = true
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if isBlank(l) && len(n.Lhs) == len(n.Rhs) {
					called[ast.Unparen(n.Rhs[i])] = true
				}
			}
		}
		return true
	})
	s.printValues(called)
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		spec, ok := printCalls()[s.callee(call)]
		if !ok {
			return true
		}
		s.own = s.ownerAt(call.Pos())
		if call.Ellipsis.IsValid() {
			if spec.format < 0 && len(call.Args) > 0 {
				s.spread(call.Args[len(call.Args)-1], nil)
			} else if spec.format >= 0 {
				s.runtimeFormat(call, spec, deferred[call])
			}
			return true
		}
		if spec.first > len(call.Args) {
			return true
		}
		if spec.format < 0 && spec.first == 0 && len(call.Args) == 1 {
			if tup, ok := p.Info.TypeOf(call.Args[0]).(*types.Tuple); ok {
				s.results(call, tup, spec.sprint)
				return true
			}
		}
		args := call.Args[spec.first:]
		verbs := make([]Verb, len(args))
		for i := range verbs {
			verbs[i] = Verb{Verb: 'v'}
		}
		var lit *ast.BasicLit
		if spec.format >= 0 {
			tv := p.Info.Types[call.Args[spec.format]]
			var vs []Verb
			ok := tv.Value != nil && tv.Value.Kind() == constant.String
			if ok {
				vs, ok = ParseVerbs(constant.StringVal(tv.Value))
			}
			if !ok {
				s.unknownVerbs(args)
				s.runtimeFormat(call, spec, deferred[call])
				return true
			}
			if len(args) > len(vs) && !call.Ellipsis.IsValid() {
				// fmt names the extra arguments' types, %!(EXTRA
				// main.P={1}), which lift.Sprintf does as Go.
				s.unknownVerbs(args)
				s.runtimeFormat(call, spec, deferred[call])
				return true
			}
			verbs = vs
			lit, _ = ast.Unparen(call.Args[spec.format]).(*ast.BasicLit)
		}
		for i, a := range args {
			if i >= len(verbs) {
				break
			}
			if t := p.Info.TypeOf(a); t != nil && hasTypeParam(t) && s.bodyAt(call.Pos()) != nil {
				// Built from a type parameter (a *Tree[T]): pass generics
				// hands what each copy prints to lift.Show; what the
				// interpreter instantiates itself, paramPrinted refuses.
				s.paramPrinted(a, t, verbs[i])
				continue
			}
			s.readLate = !deferred[call] && plainVariable(p.Info, a) && callsIn(p.Info, args[i+1:])
			s.arg(a, verbs[i], i, lit, spec.sprint)
		}
		s.readLate = false
		return true
	})
}

// plainVariable reports whether a is a variable or a field of one
// (through pointers too), which Go reads, as an argument of a call, after
// the calls among the other arguments.
func plainVariable(info *types.Info, a ast.Expr) bool {
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		_, ok := info.Uses[a].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		sel := info.Selections[a]
		return sel != nil && sel.Kind() == types.FieldVal && plainVariable(info, a.X)
	}
	return false
}

// callsIn reports whether one of args calls a function (but a builtin or
// a conversion) or receives from a channel, which could change a variable
// printed before it.
func callsIn(info *types.Info, args []ast.Expr) bool {
	found := false
	for _, a := range args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.UnaryExpr:
				found = found || n.Op == token.ARROW
			case *ast.CallExpr:
				if tv, ok := info.Types[n.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
					return true
				}
				found = true
			}
			return !found
		})
	}
	return found
}

// unknownVerbs refuses the arguments of an iterator type among args,
// printed with verbs that are not known here.
func (s *shower) unknownVerbs(args []ast.Expr) {
	for _, a := range args {
		if t := s.p.Info.TypeOf(a); t != nil && !types.IsInterface(t) && Involves(t, isIterType) {
			s.e.Refuse(a.Pos(), "%s holds an iter.Seq or iter.Seq2, which socklab prints as Go does only with a format written as a string literal without argument indexes ([n]): the interpreter holds it as the function type it stands for", types.ExprString(a))
		}
	}
}

// shower rewrites the printed arguments of one file.
type shower struct {
	p      *Package
	f      *ast.File
	e      *Editor
	descs  map[string]string          // type descriptions declared, by type
	table  *string                    // the JSON table declared (see jsonTable), once asked for
	boxes  *[]types.Type              // the types of the values the package converts to interfaces (see boxed), once asked for
	xmlTab *string                    // the XML table declared (see xmlTable), once asked for; "-" where refused
	marks  map[*types.TypeName]string // the struct types pass structmark marks, once asked for
	// anyTypes are the types shown where an interface holds them (see
	// ShownThroughAny), once asked for; anyFuncs the functions that show
	// them, by the types each asks for.
	anyTypes *[]AnyCase
	anyFuncs map[string]string
	// hidden are the types shown where an interface holds them that the
	// script's other packages declare and do not export, by package (see
	// printhidden.go), set with anyTypes.
	hidden map[*types.Package][]AnyCase
	// pooled are the types of lift's pool that the script's other
	// packages declare and export, set with anyTypes: %T and %#v name them.
	pooled   []AnyCase
	printing bool // the descriptions are fmt's (pass printing), not an encoder's
	// readLate says that the argument being rewritten is a variable that
	// Go reads after the calls among the later arguments: lift.ShowAt
	// reads it when fmt prints it, not lift.Show where it stands.
	readLate bool
	// foreign, while the types an interface is asked for are described,
	// counts the types of the script's other packages as declared: the
	// interpreter makes their values too.
	foreign bool
	// askAll, while an argument of an interface whose wrapper fmt would
	// print is rewritten (see wrapperPrinted), asks for every type of the
	// script that implements it, not only those printed otherwise.
	askAll bool
	asked  []types.Type // the types anyFunc asked for last, while askAll
	// anyVerb says that the argument being rewritten may be printed with
	// any verb, %T too (a format known only at run time).
	anyVerb bool
	// own, while a printing call in a method of a generic type that is
	// not written out per instance is rewritten, is that type: the
	// functions its arguments go through do not ask for its instances
	// (see ownInstances).
	own *types.TypeName
	// generic are the bodies of the file's methods of such types.
	generic []genericBody
}

// callee returns "fmt.Printf" for a call of a printing function, and
// "log.Println" for one of a *log.Logger's printing methods too.
func (s *shower) callee(call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	if pn := pkgOf(s.p.Info, sel); pn != nil {
		return pn.Imported().Path() + "." + sel.Sel.Name
	}
	if sl := s.p.Info.Selections[sel]; sl != nil && sl.Kind() == types.MethodVal {
		if fn, ok := sl.Obj().(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "log" {
			if r := fn.Type().(*types.Signature).Recv(); r != nil && strings.HasSuffix(r.Type().String(), "log.Logger") {
				return "log." + sel.Sel.Name
			}
		}
	}
	return ""
}

// arg rewrites the i-th printed argument a, printed with v; lit is the
// call's format literal, if it has one.
func (s *shower) arg(a ast.Expr, v Verb, i int, lit *ast.BasicLit, sprint bool) {
	if v.Star || v.Verb == 'p' || v.Verb == 'w' {
		return
	}
	t := s.p.Info.TypeOf(a)
	if t != nil && types.IsInterface(t) {
		s.anyArg(a, t, v, lit)
		return
	}
	if v.Verb == 'T' && t != nil && s.funcOfDeclared(t) {
		s.funcType(a, t, lit, v)
		return
	}
	if t == nil || !s.involves(t) {
		return
	}
	if v.Verb == 'T' {
		if !s.namesDeclared(t) {
			return // only what its interfaces hold prints differently, not their names
		}
		if lit == nil || !s.retype(lit, v) {
			s.e.Refuse(a.Pos(), "%%T of a type the script declares needs the format written as a string literal here: socklab prints the type's name for it")
			return
		}
		s.wrap(a, t, "TypeName")
		return
	}
	if !s.needs(t, v) && !Involves(t, isIterType) {
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && !s.anyVerb && methodOf(t, "Format") != nil && s.declared(n) {
		return // the interpreter hands fmt the value with its Format method
	}
	if sprint {
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			s.wrap(a, t, "ShowString")
			return
		}
	}
	s.wrap(a, t, "Show")
}

// wrap hands a, of type t, to the function fn of package lift.
func (s *shower) wrap(a ast.Expr, t types.Type, fn string) {
	desc, ok := s.desc(t)
	if !ok {
		s.e.Refuse(a.Pos(), "socklab cannot print a value of %s as Go does here: it holds a type declared inside a function, which fmt names and prints differently in the interpreter: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return
	}
	if fn == "Show" && s.readLate {
		fn = "ShowAt(&"
	} else {
		fn += "("
	}
	s.e.Insert(a.Pos(), s.e.Import(lift.Package)+"."+fn)
	s.e.Insert(a.End(), ", "+desc+")")
}

// funcOfDeclared reports whether t is a function type that is not the
// script's own but whose parameters or results are built from its types
// (a method expression, Point.Distance: func(main.Point, main.Point)
// float64), which %T names by the interpreter's forms of them
// (func(struct { X float64; Y float64 }, ...)).
func (s *shower) funcOfDeclared(t types.Type) bool {
	sig, ok := types.Unalias(t).(*types.Signature)
	if !ok {
		return false
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := range tup.Len() {
			if Involves(tup.At(i).Type(), func(t types.Type) bool { return s.involves(t) || s.funcOfDeclared(t) }) {
				return true
			}
		}
	}
	return false
}

// funcType hands a, of such a function type t printed with %T, to
// lift.TypeName with a description of t that holds its name as Go spells
// it.
func (s *shower) funcType(a ast.Expr, t types.Type, lit *ast.BasicLit, v Verb) {
	if localTypes(s.p, t, map[types.Type]bool{}) {
		s.e.Refuse(a.Pos(), "socklab cannot print a value of %s as Go does here: it holds a type declared inside a function, which fmt names and prints differently in the interpreter: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return
	}
	if lit == nil || !s.retype(lit, v) {
		s.e.Refuse(a.Pos(), "%%T of a type the script declares needs the format written as a string literal here: socklab prints the type's name for it")
		return
	}
	name, _ := s.funcDesc(a, t)
	// Around what other passes write for a (a method value's literal).
	s.e.InsertFirst(a.Pos(), s.e.Import(lift.Package)+".TypeName(")
	s.e.InsertLast(a.End(), ", "+name+")")
}

// funcDesc returns the name of a description of a's function type t that
// holds its name as Go spells it, declaring it the first time; it refuses
// a where t holds a type declared inside a function, whose name the
// interpreter's value does not carry.
func (s *shower) funcDesc(a ast.Expr, t types.Type) (string, bool) {
	if localTypes(s.p, t, map[types.Type]bool{}) {
		s.e.Refuse(a.Pos(), "socklab cannot print a value of %s as Go does here: it holds a type declared inside a function, which fmt names and prints differently in the interpreter: declare the type at the top level of the file", types.TypeString(t, types.RelativeTo(s.p.Types)))
		return "", false
	}
	key := descKey(t)
	name, ok := s.descs[key]
	if !ok {
		pkg := s.e.Import(lift.Package)
		name = s.e.Name("slT")
		s.descs[key] = name
		s.e.Declare(fmt.Sprintf("var %s = %s.NewType()", name, pkg))
		s.e.Declare(fmt.Sprintf("var %s = %s.Define(%s, %s, false, nil, nil, \"\", nil, nil, nil, nil)", s.e.Name("slD"), pkg, name, strconv.Quote(reflectName(t))))
	}
	return name, true
}

// retype turns the verb T of v in the format literal into s, for the
// type's name that replaces the argument.
func (s *shower) retype(lit *ast.BasicLit, v Verb) bool {
	pos, ok := typeVerbAt(lit, v)
	if ok {
		s.e.Replace(pos, pos+1, "s")
	}
	return ok
}

// typeVerbAt returns where the format literal lit spells the verb T of v,
// if it spells it as its value does (no escapes before it).
func typeVerbAt(lit *ast.BasicLit, v Verb) (token.Pos, bool) {
	if lit == nil || lit.Kind != token.STRING || len(lit.Value) < 2 {
		return token.NoPos, false
	}
	inner := lit.Value[1 : len(lit.Value)-1]
	val, err := strconv.Unquote(lit.Value)
	if err != nil {
		return token.NoPos, false
	}
	a, okA := ParseVerbs(inner)
	b, okB := ParseVerbs(val)
	if !okA || !okB || len(a) != len(b) || v.Index >= len(a) || a[v.Index].Verb != 'T' {
		return token.NoPos, false
	}
	for i := range a {
		if a[i].Verb != b[i].Verb {
			return token.NoPos, false
		}
	}
	return lit.Pos() + 1 + token.Pos(a[v.Index].Offset), true
}

// declared reports whether t is a defined type of the package.
func (s *shower) declared(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && (n.Obj().Pkg() == s.p.Types || s.foreign && slices.Contains(s.p.Script, n.Obj().Pkg()))
}

// involves reports whether t is built from a type the package declares,
// from an iter.Seq or iter.Seq2, which the interpreter holds as the
// function type it stands for (see iterseq.go), or from an atomic.Pointer,
// which the package declares a type for (see atomicpointer.go), not
// counting what interfaces in it may hold.
func (s *shower) involves(t types.Type) bool {
	return Involves(t, func(t types.Type) bool {
		return s.declared(t) || isIterType(t) || isAtomicPointer(t) || s.holdsShown(t)
	}) || hiddenFields(t)
}

// namesDeclared reports whether %T of a value of t, not an interface,
// prints a name the interpreter spells differently: t is or holds a type
// the script declares, or one the passes stand in for. What t's interfaces
// hold (involves' holdsShown) does not change the name.
func (s *shower) namesDeclared(t types.Type) bool {
	return Involves(t, func(t types.Type) bool {
		return s.declared(t) || isIterType(t) || isAtomicPointer(t)
	}) || hiddenFields(t)
}

// hiddenFields reports whether t is or holds, but for the underlying types
// of defined ones, a struct type without a name that has an unexported
// field (struct{ i int }): the interpreter makes its own struct type of
// it, with the field exported under another name (Xi), which %+v, %#v
// and %T print. (A defined type of Go's library, time.Time, is compiled
// code's; one of the script's, the passes describe anyway.)
func hiddenFields(t types.Type) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Key()) || walk(u.Elem())
		case *types.Chan:
			return walk(u.Elem())
		case *types.Struct:
			for i := range u.NumFields() {
				if f := u.Field(i); !f.Exported() && f.Name() != "_" || walk(f.Type()) {
					return true
				}
			}
		}
		return false
	}
	return walk(t)
}

// needs reports whether Go prints a value of t with v differently from
// the interpreter: the verb is not %v (a bad verb names the type), %+v and
// %#v name fields and types, and a type of the script's with a String,
// Error or GoString method is anywhere in it.
func (s *shower) needs(t types.Type, v Verb) bool {
	if v.Verb != 'v' || v.Plus || v.Sharp {
		return true
	}
	if methodsBelowUnexported(t) {
		return true
	}
	if keptInWrapper(s.p, t) {
		return true // stored as an any, in the interpreter's wrapper, whose fields fmt printed (a Temp float64 with a MarshalJSON)
	}
	return Involves(t, func(t types.Type) bool {
		if s.holdsShown(t) {
			return true // an interface inside t (an []any's elements) that may hold one
		}
		if !s.declared(t) {
			return false
		}
		for _, m := range []string{"String", "Error", "GoString", "Format"} {
			if methodOf(t, m) != nil || methodOf(types.NewPointer(t), m) != nil {
				return true
			}
		}
		return otherPrintMethod(t)
	})
}

// methodsBelowUnexported reports whether t holds an unexported struct
// field (err error, a *Conn, a Level) below which fmt finds a value with
// a method it calls (String, Error, GoString, Format) or an interface
// that may hold one. Go's fmt calls no method of what it reaches through
// an unexported field, and prints the value as it is (a pointer as its
// address: {a 0xc000012345} for struct{ name string; err error }); the
// interpreter exports the field (Xerr), and fmt called its Error.
func methodsBelowUnexported(t types.Type) bool {
	type visit struct {
		t      types.Type
		hidden bool
	}
	seen := map[visit]bool{}
	var walk func(t types.Type, hidden bool) bool
	walk = func(t types.Type, hidden bool) bool {
		if t == nil || seen[visit{t, hidden}] {
			return false
		}
		if hidden {
			if types.IsInterface(t) {
				return true
			}
			for _, m := range []string{"String", "Error", "GoString", "Format"} {
				if methodOf(t, m) != nil {
					return true
				}
			}
		}
		seen[visit{t, hidden}] = true
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			return walk(u.Elem(), hidden)
		case *types.Slice:
			return walk(u.Elem(), hidden)
		case *types.Array:
			return walk(u.Elem(), hidden)
		case *types.Map:
			return walk(u.Key(), hidden) || walk(u.Elem(), hidden)
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if walk(f.Type(), hidden || !f.Exported() && f.Name() != "_") {
					return true
				}
			}
		}
		return false
	}
	return walk(t, false)
}

// otherPrintMethod reports whether t or *t has a method named as one that
// fmt calls, String, Error, GoString or Format, of another signature than
// fmt's (a logger's Error(msg string), a Date's Format(layout string)
// string, time.Time's Format promoted into a struct that embeds it): the
// interpreter, which picks the wrapper it hands fmt by the names of the
// methods, takes it for fmt's and fails, so such a value goes to
// lift.Show, which prints it as Go does.
func otherPrintMethod(t types.Type) bool {
	for _, u := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(u)
		for _, name := range []string{"String", "Error", "GoString", "Format"} {
			if sel := ms.Lookup(nil, name); sel != nil && methodOf(u, name) == nil {
				return true
			}
		}
	}
	return false
}

// Involves reports whether pred accepts t or a type t is built from
// (through pointers, slices, arrays, maps, channels, struct fields and the
// underlying types of defined types).
func Involves(t types.Type, pred func(types.Type) bool) bool {
	return involves(t, pred, true, false)
}

// involves is Involves, through maps and channels only where throughMaps
// is set, and through the parameters and results of function types where
// throughFuncs is.
func involves(t types.Type, pred func(types.Type) bool, throughMaps, throughFuncs bool) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		if pred(t) {
			return true
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return throughMaps && (walk(u.Key()) || walk(u.Elem()))
		case *types.Chan:
			return throughMaps && walk(u.Elem())
		case *types.Named:
			return walk(u.Underlying())
		case *types.Struct:
			for i := range u.NumFields() {
				if walk(u.Field(i).Type()) {
					return true
				}
			}
		case *types.Signature:
			if !throughFuncs {
				return false
			}
			for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
				for i := range tup.Len() {
					if walk(tup.At(i).Type()) {
						return true
					}
				}
			}
		}
		return false
	}
	return walk(t)
}

// methodOf returns the method name of t's method set if it is func()
// string (Format: func(fmt.State, rune)), or nil.
func methodOf(t types.Type, name string) *types.Func {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || fn.Name() != name {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if name == "Format" {
			if isFormatter(sig) {
				return fn
			}
			continue
		}
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return fn
		}
	}
	return nil
}

// isFormatter reports whether sig is fmt.Formatter's Format, func(fmt.State,
// rune): a method of that name and another signature (time.Time's
// Format(string) string, promoted into a struct that embeds it) is no
// Formatter, and fmt prints the value otherwise.
func isFormatter(sig *types.Signature) bool {
	if sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	st, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
	return ok && st.Obj().Pkg() != nil && st.Obj().Pkg().Path() == "fmt" && st.Obj().Name() == "State" &&
		types.Identical(sig.Params().At(1).Type(), types.Typ[types.Int32])
}

// desc returns the name of the description of t, declaring it after the
// file's imports the first time; "nil" for a type with nothing of the
// script's in it. ok is false where the file's top level cannot name a
// type the description needs.
func (s *shower) desc(t types.Type) (string, bool) {
	if !s.involves(t) {
		return "nil", true
	}
	key := descKey(t)
	if name, ok := s.descs[key]; ok {
		return name, true
	}
	pkg := s.e.Import(lift.Package)
	name := s.e.Name("slT")
	s.descs[key] = name
	s.e.Declare(fmt.Sprintf("var %s = %s.NewType()", name, pkg))

	var elem, keyDesc, names string = "nil", "nil", ""
	var fields []string
	ok := true
	sub := func(t types.Type) string {
		d, good := s.desc(t)
		ok = ok && good
		return d
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		elem = sub(u.Elem())
	case *types.Slice:
		elem = sub(u.Elem())
	case *types.Array:
		elem = sub(u.Elem())
	case *types.Chan:
		elem = sub(u.Elem())
	case *types.Map:
		keyDesc, elem = sub(u.Key()), sub(u.Elem())
	case *types.Interface:
		own := s.own
		s.own = nil // lift.Show calls it, not the method
		fn := s.anyFunc(u, nil)
		s.own = own
		if fn == "" {
			// No type of the script's that the file can name has the
			// interface's methods: its values print as they are, and
			// only its name is the script's.
			fn = "nil"
		}
		s.e.Declare(fmt.Sprintf("var %s = %s.Dynamic(%s, %s, %s)", s.e.Name("slD"), pkg, name, strconv.Quote(reflectName(t)), fn))
		return name, true
	case *types.Struct:
		var ns []string
		for i := range u.NumFields() {
			n := u.Field(i).Name()
			if u.Field(i).Embedded() {
				n = "~" + n
			}
			ns = append(ns, n)
			fields = append(fields, sub(u.Field(i).Type()))
		}
		names = strings.Join(ns, " ")
	}
	methods := make([]string, 3)
	for i, m := range []string{"String", "Error", "GoString"} {
		methods[i] = "nil"
		if methodOf(t, m) == nil {
			continue
		}
		tn, good := typeName(s.p, s.f, t, true)
		if !good {
			ok = false
			continue
		}
		methods[i] = fmt.Sprintf("func(v %s) string { return v.%s() }", tn, m)
	}
	format := ""
	if methodOf(t, "Format") != nil {
		// fmt calls it with its own State, for every verb but %T and %p:
		// lift calls it through a function of the file's, which an
		// encoder's description does not need.
		tn, good := typeName(s.p, s.f, t, true)
		ok = ok && good && s.printing
		format = fmt.Sprintf("func(v %s, f %s.State, verb rune) { v.Format(f, verb) }", tn, s.e.ImportLibrary("fmt"))
	}
	if !ok {
		return "", false
	}
	_, defined := types.Unalias(t).(*types.Named)
	fieldList := "nil"
	if len(fields) > 0 {
		fieldList = fmt.Sprintf("[]*%s.Type{%s}", pkg, strings.Join(fields, ", "))
	}
	s.e.Declare(fmt.Sprintf("var %s = %s.Define(%s, %s, %t, %s, %s, %s, %s, %s)", s.e.Name("slD"), pkg, name, strconv.Quote(reflectName(t)), defined, elem, keyDesc, strconv.Quote(names), fieldList, strings.Join(methods, ", ")))
	if format != "" {
		s.e.Declare(fmt.Sprintf("var %s = %s.Formats(%s, %s)", s.e.Name("slD"), pkg, name, format))
	}
	return name, true
}

// reflectName spells t as reflect's Type.String does under Go, which %T
// and %#v print: main.Point, []main.Point, map[string]int, struct { X int },
// iter.Seq[net/netip.Addr] (a type argument names its package by path).
func reflectName(t types.Type) string { return spellReflect(t, false) }

// spellReflect is reflectName, with packages named by their path where
// paths is true.
func spellReflect(t types.Type, paths bool) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		obj := u.Obj()
		name := obj.Name()
		if obj.Pkg() != nil && paths {
			name = obj.Pkg().Path() + "." + name
		} else if obj.Pkg() != nil {
			name = obj.Pkg().Name() + "." + name
		}
		if args := u.TypeArgs(); args != nil && args.Len() > 0 {
			var as []string
			for i := range args.Len() {
				as = append(as, spellReflect(args.At(i), true))
			}
			name += "[" + strings.Join(as, ",") + "]"
		}
		return name
	case *types.Basic:
		switch u.Kind() {
		case types.Byte:
			return "uint8"
		case types.Rune:
			return "int32"
		case types.UnsafePointer:
			return "unsafe.Pointer"
		}
		return u.Name()
	case *types.Pointer:
		return "*" + spellReflect(u.Elem(), paths)
	case *types.Slice:
		return "[]" + spellReflect(u.Elem(), paths)
	case *types.Array:
		return fmt.Sprintf("[%d]%s", u.Len(), spellReflect(u.Elem(), paths))
	case *types.Map:
		return "map[" + spellReflect(u.Key(), paths) + "]" + spellReflect(u.Elem(), paths)
	case *types.Chan:
		switch u.Dir() {
		case types.SendOnly:
			return "chan<- " + spellReflect(u.Elem(), paths)
		case types.RecvOnly:
			return "<-chan " + spellReflect(u.Elem(), paths)
		}
		if c, ok := u.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + spellReflect(u.Elem(), paths) + ")"
		}
		return "chan " + spellReflect(u.Elem(), paths)
	case *types.Signature:
		var ps []string
		for i := range u.Params().Len() {
			pt := u.Params().At(i).Type()
			if u.Variadic() && i == u.Params().Len()-1 {
				ps = append(ps, "..."+spellReflect(pt.(*types.Slice).Elem(), paths))
				continue
			}
			ps = append(ps, spellReflect(pt, paths))
		}
		s := "func(" + strings.Join(ps, ", ") + ")"
		switch r := u.Results(); r.Len() {
		case 0:
		case 1:
			s += " " + spellReflect(r.At(0).Type(), paths)
		default:
			var rs []string
			for i := range r.Len() {
				rs = append(rs, spellReflect(r.At(i).Type(), paths))
			}
			s += " (" + strings.Join(rs, ", ") + ")"
		}
		return s
	case *types.Struct:
		if u.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range u.NumFields() {
			fl := u.Field(i)
			f := spellReflect(fl.Type(), paths)
			if !fl.Embedded() {
				f = fl.Name() + " " + f
			}
			if tag := u.Tag(i); tag != "" {
				f += " " + strconv.Quote(tag)
			}
			fs = append(fs, f)
		}
		return "struct { " + strings.Join(fs, "; ") + " }"
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "interface {}"
		}
		var ms []string
		for i := range u.NumMethods() {
			m := u.Method(i)
			ms = append(ms, m.Name()+strings.TrimPrefix(spellReflect(m.Type(), paths), "func"))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	return t.String()
}

// A Verb is how a printf format prints one argument.
type Verb struct {
	Verb        rune
	Sharp, Plus bool
	Star        bool // the argument is a * width or precision
	Index       int  // which verb of the format (counting * too)
	Offset      int  // the verb's byte offset in the format
}

// ParseVerbs returns how format prints each argument in turn, and false if
// it uses argument indexes ([n]).
func ParseVerbs(format string) ([]Verb, bool) {
	var out []Verb
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		sharp, plus := false, false
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '#':
				sharp = true
			case '+':
				plus = true
			case '-', ' ', '0':
			default:
				break flags
			}
		}
		for ; i < len(format); i++ {
			c := format[i]
			if c == '[' {
				return nil, false
			}
			if c == '*' {
				out = append(out, Verb{Verb: 'd', Star: true, Index: len(out), Offset: i})
				continue
			}
			if c >= '0' && c <= '9' || c == '.' {
				continue
			}
			break
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		out = append(out, Verb{Verb: rune(format[i]), Sharp: sharp, Plus: plus, Index: len(out), Offset: i})
	}
	return out, true
}

// descKey is the key of t's description among those declared: its
// spelling, and the position of each type declared inside a function that
// it holds, as two functions (or a function and the top level) may declare
// types of one name, which Go spells alike and describes each by its own
// fields and methods.
func descKey(t types.Type) string {
	key := types.TypeString(t, nil)
	Involves(t, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Parent() != n.Obj().Pkg().Scope() {
			key += "·" + strconv.Itoa(int(n.Obj().Pos()))
		}
		return false
	})
	return key
}
