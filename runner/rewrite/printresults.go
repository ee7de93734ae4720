package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A printing call may print the results of another call as its operands
// (fmt.Println(lookup(k))), which the pass's edits around each argument
// cannot reach: fmt printed a result of a script's type as the
// interpreter hands it over ({3} where Go calls String). So such a call
// hands the results to a function of the file's own, declared after its
// last line, that shows each as the pass shows an argument of its type,
// and prints the slice it returns:
//
//	fmt.Println(pair())   =>   fmt.Println(_slResults1(pair())...)
//	func _slResults1(r0 V, r1 error) []any { return []any{_sl2.Show(r0, _slT3), r1} }

// results rewrites call, a printing call without a format whose one
// argument is a call of several results of types tup; sprint says the
// operands are spaced as fmt.Print spaces them.
func (s *shower) results(call *ast.CallExpr, tup *types.Tuple, sprint bool) {
	var params, elems []string
	shown := false
	for i := range tup.Len() {
		t := tup.At(i).Type()
		name, ok := typeName(s.p, s.f, t, true)
		r := "r" + strconv.Itoa(i)
		elem, show := s.shownResult(r, t, sprint)
		if show && !ok {
			s.e.Refuse(call.Args[0].Pos(), "socklab cannot print the results of this call as Go does here, where the file cannot name their types: assign them to variables first, and print those")
			return
		}
		if elem == "" {
			s.e.Refuse(call.Args[0].Pos(), "socklab cannot print the results of this call as Go does here: assign them to variables first, and print those")
			return
		}
		shown = shown || show
		params = append(params, r+" "+name)
		elems = append(elems, elem)
	}
	if !shown {
		return
	}
	sig := strings.Join(params, ", ") + " []any { return []any{" + strings.Join(elems, ", ") + "} }"
	fn, ok := s.anyFuncs["results "+sig]
	if !ok {
		fn = s.e.Name("slResults")
		if s.anyFuncs == nil {
			s.anyFuncs = map[string]string{}
		}
		s.anyFuncs["results "+sig] = fn
		s.e.Append("func " + fn + "(" + strings.Replace(sig, " []any", ") []any", 1))
	}
	s.e.Insert(call.Args[0].Pos(), fn+"(")
	s.e.Insert(call.Args[0].End(), ")...")
}

// shownResult returns the expression that hands r, a result of type t
// printed with %v, to fmt as the pass hands an argument of that type, and
// whether it shows it at all; "" where it refuses it.
func (s *shower) shownResult(r string, t types.Type, sprint bool) (string, bool) {
	if it, ok := t.Underlying().(*types.Interface); ok {
		if _, param := types.Unalias(t).(*types.TypeParam); param {
			return r, false
		}
		s.askAll = wrapperPrinted(s.p, t)
		fn := s.anyFunc(it, &Verb{Verb: 'v'})
		s.askAll = false
		if fn != "" {
			return fn + "(" + r + ")", true
		}
		return r, false
	}
	if !s.involves(t) || !s.needs(t, Verb{Verb: 'v'}) && !Involves(t, isIterType) {
		return r, false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && methodOf(t, "Format") != nil && s.declared(n) {
		return r, false // the interpreter hands fmt the value with its Format method
	}
	desc, ok := s.desc(t)
	if !ok {
		return "", false
	}
	fn := "Show"
	if b, ok := t.Underlying().(*types.Basic); ok && sprint && b.Info()&types.IsString != 0 {
		fn = "ShowString"
	}
	return s.e.Import(lift.Package) + "." + fn + "(" + r + ", " + desc + ")", true
}
