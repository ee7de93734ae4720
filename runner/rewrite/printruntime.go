package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A format that is not a constant (format := "%T %+v\n"; fmt.Printf(format,
// p), a logf wrapper's log.Printf(prefix+format, args...)), or one with
// arguments spread from a slice, leaves the verbs unknown here. Each
// argument that may hold a script's type goes to lift.Show as for %#v
// (any verb then prints as Go prints it), the elements of a spread slice
// to the file's function that asks them for the script's types, and the
// format and arguments to lift, which reads the verbs when it runs and
// hands %T the name Go prints, and %p, %w and a * width the value itself
// (fmt handles those before a Formatter):
//
//	fmt.Printf(f, p)        =>  fmt.Printf("%s", lift.Sprintf(f, lift.Show(p, _slT1)))
//	log.Printf(f, args...)  =>  log.Printf("%s", lift.Sprintf(f, _slAnys2(args)...))
//	fmt.Errorf(f, p, err)   =>  lift.Errorf(fmt.Errorf)(f, lift.Show(p, _slT1), err)
//
// The call stays where it was, so that pass logsite hands log its line.
// A call that a go or defer statement starts prints a value of
// lift.Formatted, which reads the verbs when the call runs, what a pointer
// points to then, as Go prints:
//
//	defer log.Printf(f, &p)  =>  defer log.Printf("%s", lift.Formatted(f, lift.Show(&p, _slT2)))
//
// A call none of whose arguments may hold a script's type is left as it
// is, and costs nothing.

// runtimeFormat rewrites call, of a printing function with a format
// (spec), whose verbs are not known here; late says that its arguments are
// evaluated before it runs (go, defer).
func (s *shower) runtimeFormat(call *ast.CallExpr, spec printSpec, late bool) {
	if spec.format >= len(call.Args) || spec.first > len(call.Args) {
		return
	}
	before := len(s.e.edits)
	args := call.Args[spec.first:]
	unknown := Verb{Verb: 'v', Sharp: true} // every type whose printing may differ
	callee := s.callee(call)
	errorf := callee == "fmt.Errorf"
	for i, a := range args {
		if call.Ellipsis.IsValid() && i == len(args)-1 {
			s.keptSpread(a, &unknown)
			continue
		}
		if !s.liftable(a) {
			continue
		}
		if t := s.p.Info.TypeOf(a); types.IsInterface(t) {
			s.keptArg(a, t, &unknown)
			continue
		}
		if errorf && s.keptError(a, &unknown) {
			continue
		}
		if t := s.p.Info.TypeOf(a); s.funcOfDeclared(t) {
			s.funcShow(a, t)
			continue
		}
		s.readLate = !late && plainVariable(s.p.Info, a) && callsIn(s.p.Info, args[i+1:])
		s.anyVerb = true
		s.arg(a, unknown, i, nil, false)
		s.anyVerb = false
	}
	s.readLate = false
	if len(s.e.edits) == before {
		return
	}
	pkg := s.e.Import(lift.Package)
	if errorf {
		// A function value of lift's, whose %w verbs wrap.
		s.e.InsertLast(call.Fun.Pos(), pkg+".Errorf(")
		s.e.InsertFirst(call.Fun.End(), ")")
		return
	}
	end := call.Args[len(call.Args)-1].End()
	if call.Ellipsis.IsValid() {
		end = call.Ellipsis + token3
	}
	fn := ".Sprintf("
	if late {
		fn = ".Formatted(" // printed when the call runs
	}
	s.e.InsertAround(call.Args[spec.format].Pos(), end, `"%s", `+pkg+fn, ")")
}

// token3 is the length of the ... that spreads a call's last argument.
const token3 = 3

// liftable reports whether a printed argument a may go to lift.Show for a
// verb not known here: not where its type holds a type parameter, whose
// instance's type is not known here, nor an iter.Seq, which unknownVerbs
// refuses. A type declared inside a function is described as at the top
// level, and one whose description the file cannot write (a local type
// with a String method promoted from an embedded field) is refused, as a
// constant format refuses it.
func (s *shower) liftable(a ast.Expr) bool {
	t := s.p.Info.TypeOf(a)
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	return !Involves(t, isIterType) && !holdsTypeParam(t, map[types.Type]bool{})
}

// holdsTypeParam reports whether t is built from a type parameter, in
// its type arguments too.
func holdsTypeParam(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		if args := u.TypeArgs(); args != nil {
			for i := range args.Len() {
				if holdsTypeParam(args.At(i), seen) {
					return true
				}
			}
		}
		return holdsTypeParam(u.Underlying(), seen)
	case *types.Pointer:
		return holdsTypeParam(u.Elem(), seen)
	case *types.Slice:
		return holdsTypeParam(u.Elem(), seen)
	case *types.Array:
		return holdsTypeParam(u.Elem(), seen)
	case *types.Chan:
		return holdsTypeParam(u.Elem(), seen)
	case *types.Map:
		return holdsTypeParam(u.Key(), seen) || holdsTypeParam(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsTypeParam(u.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := range tup.Len() {
				if holdsTypeParam(tup.At(i).Type(), seen) {
					return true
				}
			}
		}
	}
	return false
}

// funcShow hands a, a function whose parameters or results hold the
// script's types (Point.Distance), to lift.Show with a description that
// names it as Go does, for %T and %#v: func(main.Point, main.Point)
// float64, where the interpreter spelled the structs' fields out.
func (s *shower) funcShow(a ast.Expr, t types.Type) {
	name, ok := s.funcDesc(a, t)
	if !ok {
		return
	}
	s.e.InsertFirst(a.Pos(), s.e.Import(lift.Package)+".Show(")
	s.e.InsertLast(a.End(), ", "+name+")")
}

// keptArg hands a, an argument of interface type t, to a function of the file's own that hands it to
// anyFunc's function for v and keeps it in what that returns (lift.Kept),
// for %w, %p and *. It reports whether it did.
func (s *shower) keptArg(a ast.Expr, t types.Type, v *Verb) bool {
	if _, param := types.Unalias(t).(*types.TypeParam); param {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	// An interface of Go's library whose wrapper fmt would print asks
	// for every type that implements it, as a constant format's does.
	s.askAll, s.asked = wrapperPrinted(s.p, t), nil
	fn := s.anyFunc(it, v)
	if s.askAll {
		s.unaskable(a, t, it)
	}
	s.askAll = false
	if fn == "" {
		return false
	}
	kept, ok := s.anyFuncs["kept "+fn]
	if !ok {
		kept = s.e.Name("slKept")
		s.anyFuncs["kept "+fn] = kept
		s.e.Append("func " + kept + "(x any) any { return " + s.e.Import(lift.Package) + ".Kept(x, " + fn + "(x)) }")
	}
	s.e.Insert(a.Pos(), kept+"(")
	s.e.Insert(a.End(), ")")
	return true
}

// keptSpread is keptArg of each element of a, a slice spread into the
// arguments of a format, in a copy of the slice.
func (s *shower) keptSpread(a ast.Expr, v *Verb) {
	sl, ok := typeUnder(s.p, a).(*types.Slice)
	if !ok {
		return
	}
	it, ok := sl.Elem().Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return
	}
	if all := s.keptSpreadFunc(it, v); all != "" {
		s.e.Insert(a.Pos(), all+"(")
		s.e.Insert(a.End(), ")")
	}
}

// keptSpreadFunc returns the name of the file's function that hands each
// element of a []any spread into the arguments of a format known only at
// run time to anyFunc's function for it and v, and keeps it in what that
// returns (lift.Kept), declaring it the first time; "" where there is none.
func (s *shower) keptSpreadFunc(it *types.Interface, v *Verb) string {
	fn := s.anyFunc(it, v)
	if fn == "" {
		return ""
	}
	all, ok := s.anyFuncs["kept ..."+fn]
	if !ok {
		all = s.e.Name("slKepts")
		s.anyFuncs["kept ..."+fn] = all
		s.e.Append("func " + all + "(xs []any) []any { out := make([]any, len(xs)); for i, x := range xs { out[i] = " + s.e.Import(lift.Package) + ".Kept(x, " + fn + "(x)) }; return out }")
	}
	return all
}

// keptError hands a, an argument of fmt.Errorf of a type the script
// declares that is an error, to a function of the file's own that stores
// it in a variable of type error and hands that to keptArg's function: the
// value that lift.Show holds is no error in Go's library, where the
// interpreter's error is, and %w wraps that. It reports whether it did.
func (s *shower) keptError(a ast.Expr, v *Verb) bool {
	errT := types.Universe.Lookup("error").Type()
	t := s.p.Info.TypeOf(a)
	if !types.AssignableTo(t, errT) || !s.involves(t) {
		return false
	}
	name, ok := typeName(s.p, s.f, t, true)
	if !ok {
		return false
	}
	fn := s.anyFunc(errT.Underlying().(*types.Interface), v)
	if fn == "" {
		return false
	}
	key := "error " + name + " " + fn
	conv, ok := s.anyFuncs[key]
	if !ok {
		conv = s.e.Name("slKeptErr")
		s.anyFuncs[key] = conv
		s.e.Append("func " + conv + "(x " + name + ") any { var err error = x; return " + s.e.Import(lift.Package) + ".Kept(err, " + fn + "(err)) }")
	}
	s.e.Insert(a.Pos(), conv+"(")
	s.e.Insert(a.End(), ")")
	return true
}
