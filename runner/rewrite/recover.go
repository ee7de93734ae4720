package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's recover returns what a script panicked with as a
// reflect.Value, which prints as the value but asserts to no type: under
// Go, r.(error) holds for panic(err), under the interpreter it does not.
// Each recover() becomes interface{}(lift.Recovered(recover())), which
// hands back the value itself, as an interface of the script's own: the
// interpreter's assertion of compiled code's interface{} panicked on a
// struct of no fields (panic(bailout{})), see pass heldassert. recover is
// still called by the deferred function, as Go requires.
//
// The value comes out without the interpreter's record of its type, so
// compiled code (fmt.Errorf's %w, errors.As) and the interpreter's
// assertion to an interface (r.(error)) did not see the methods of a
// script's type: %w wrote %!w(*struct { Xcode int }=&{2}). Where the
// package's panics may carry a type of its top level with an Error or a
// String method (RecoveredTypes), the file gets a function that gives the
// value its type back, asserting it to each such type, and converts it to
// error or fmt.Stringer, which the interpreter keeps in a wrapper of Go's
// with the methods:
//
//	r := recover()   =>   r := interface{}(_slRestore3(_sl1.Recovered(recover())))
//	func _slRestore3(_slV4 interface{}) interface{} { if _slV4 == nil { return nil }; if _slX5, ok := _slV4.(*opError); ok { var _slA6 error = _slX5; return _sl1.Restored(_slA6) }; return _slV4 }
//
// lift.Restored notes the wrapper as what recover returned, so that a
// panic with it again is marked as Go marks it. The function asserts in
// if statements: the variable of a type switch's case held the value
// without its type in the interpreter, so that the conversion lost its
// methods again.

func recoverValues(p *Package, f *ast.File, e *Editor) {
	restore, elsewhere := "", ""
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !IsRecover(p.Info, call) {
			return true
		}
		if restore == "" {
			restore = restorer(p, e)
			elsewhere = carriedElsewhere(p)
		}
		if elsewhere != "" {
			e.Refuse(call.Pos(), "recover() may return a value of type %s, declared in another package of the script, which recover returns without the interpreter's record of its type, so fmt and the interpreter's assertions do not see its methods: recover it in the package that declares the type, or panic with an error of Go's (errors.New, or fmt.Errorf(\"...: %%w\", err))", elsewhere)
		}
		open := "interface{}("
		if restore != "-" {
			open += restore + "("
		}
		e.Insert(call.Pos(), open+e.Import(lift.Package)+".Recovered(")
		e.Insert(call.End(), strings.Repeat(")", strings.Count(open, "(")+1))
		return true
	})
}

// restorer appends to the file the function that gives a recovered value
// its type back, and returns its name, or "-" where the package's panics
// carry no type that needs it.
func restorer(p *Package, e *Editor) string {
	if p.recovered == nil {
		rt := RecoveredTypes(p.Files, p.Types, p.Info, p.Script)
		p.recovered = &rt
	}
	var cases []string
	v, x, a := e.Name("slV"), e.Name("slX"), e.Name("slA")
	pkg := e.Import(lift.Package)
	for _, rt := range *p.recovered {
		conv := rt.As
		switch rt.As {
		case "":
			continue
		case "fmt.Stringer":
			conv = e.ImportLibrary("fmt") + ".Stringer"
		}
		t := types.TypeString(rt.Type, types.RelativeTo(p.Types))
		cases = append(cases, "if "+x+", ok := "+v+".("+t+"); ok { var "+a+" "+conv+" = "+x+"; return "+pkg+".Restored("+a+") }")
	}
	if len(cases) == 0 {
		return "-"
	}
	name := e.Name("slRestore")
	e.Append("func " + name + "(" + v + " interface{}) interface{} { if " + v + " == nil { return nil }; " + strings.Join(cases, "; ") + "; return " + v + " }")
	return name
}

// carriedElsewhere returns the name of a type with an Error or String
// method, declared in another package of the script, that a panic may
// carry to a recover of p: one that p's panics carry (see
// RecoveredType.Elsewhere), or that the panics of another package of the
// script that p imports carry; or "". The recover site cannot give such a value its type
// back, and runner/refuse, which checks one package with the packages it
// imports empty, does not see where its methods are looked for.
func carriedElsewhere(p *Package) string {
	named := func(q *types.Package) string {
		if q == p.Types {
			return ""
		}
		return q.Name()
	}
	for _, rt := range *p.recovered {
		if rt.Elsewhere {
			return types.TypeString(rt.Type, named)
		}
	}
	for _, peer := range p.Peers {
		if !reaches(p.Types, peer.Types, map[*types.Package]bool{}) {
			continue // its panics reach p's recover only through p's calls
		}
		own := func(t types.Type) bool {
			n, ok := types.Unalias(t).(*types.Named)
			return ok && n.Obj().Pkg() != nil && (n.Obj().Pkg() == peer.Types || slices.Contains(p.Script, n.Obj().Pkg()))
		}
		for _, t := range panicCarried(peer.Files, peer.Types, peer.Info) {
			if Involves(t, own) && recoveredAs(t, peer.Types) != "" {
				return types.TypeString(t, named)
			}
		}
	}
	return ""
}

// reaches reports whether pkg imports dep, directly or through others.
func reaches(pkg, dep *types.Package, seen map[*types.Package]bool) bool {
	if pkg == nil || seen[pkg] {
		return false
	}
	seen[pkg] = true
	for _, q := range pkg.Imports() {
		if q == dep || reaches(q, dep, seen) {
			return true
		}
	}
	return false
}
