package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// printfFuncs are the formatting functions, with the index of the format.
var printfFuncs = map[string]int{
	"fmt.Printf": 0, "fmt.Sprintf": 0, "fmt.Errorf": 0, "fmt.Fprintf": 1, "fmt.Appendf": 1,
	"log.Printf": 0, "log.Fatalf": 0, "log.Panicf": 0,
}

// printFuncs format each argument as %v.
var printFuncs = map[string]int{
	"fmt.Print": 0, "fmt.Println": 0, "fmt.Sprint": 0, "fmt.Sprintln": 0, "fmt.Fprint": 1, "fmt.Fprintln": 1,
	"log.Print": 0, "log.Println": 0, "log.Fatal": 0, "log.Fatalln": 0, "log.Panic": 0, "log.Panicln": 0,
}

// printVerbs refuses what fmt would print differently for the types a
// script declares and the rewrite of printing calls (runner/rewrite, which
// hands such arguments to lift.Show) cannot lift: %T and %#v of a value of
// interface type that may hold one of them (its dynamic type is not known
// before the script runs), and an argument with such a type in a format
// whose verbs cannot be told (argument indexes).
func printVerbs(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := r.calleeName(call)
		if first, ok := printFuncs[name]; ok {
			for _, a := range call.Args[min(first, len(call.Args)):] {
				r.checkArg(a, verbAt{verb: 'v'})
			}
			return true
		}
		fi, ok := printfFuncs[name]
		if !ok || fi >= len(call.Args) {
			return true
		}
		tv := r.info.Types[call.Args[fi]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
		verbs, ok := parseVerbs(constant.StringVal(tv.Value))
		args := call.Args[fi+1:]
		for i, a := range args {
			if !ok || i >= len(verbs) {
				r.checkArg(a, verbAt{verb: '?'})
				continue
			}
			r.checkArg(a, verbs[i])
		}
		return true
	})
}

// checkArg refuses argument a printed with v.
func (r *reporter) checkArg(a ast.Expr, v verbAt) {
	t := r.typeOf(a)
	if t == nil {
		return
	}
	if v.verb == '?' && (involves(t, r.declared) || r.showsType(t)) {
		r.refuse(a.Pos(), "socklab cannot tell which verb prints this argument (the format uses argument indexes), and the interpreter prints the types a script declares differently: write the format without [n]")
		return
	}
	if !types.IsInterface(t) || !r.showsType(t) {
		return
	}
	switch {
	case v.verb == 'T':
		r.refuse(a.Pos(), "%%T of a value of interface type that may hold a type the script declares prints the interpreter's own type: print the value's concrete type with a type switch, or %%T of a variable of that type")
	case v.verb == 'v' && v.sharp:
		r.refuse(a.Pos(), "%%#v of a value of interface type that may hold a type the script declares prints the interpreter's own type name: use %%+v, or %%#v of a variable of the concrete type")
	}
}

// showsType reports whether printing t with %T or %#v would name a type
// the script declares: t involves one, or t is an interface and the script
// declares types that could be in it.
func (r *reporter) showsType(t types.Type) bool {
	if involves(t, r.declared) {
		return true
	}
	if _, ok := t.Underlying().(*types.Interface); ok && r.pkg != nil {
		scope := r.pkg.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
				if _, isIface := tn.Type().Underlying().(*types.Interface); !isIface {
					return true
				}
			}
		}
	}
	return false
}

type verbAt struct {
	verb        rune
	sharp, plus bool
}

// parseVerbs returns the verb that formats each argument of format in turn,
// and false if the format uses argument indexes ([n]).
func parseVerbs(format string) ([]verbAt, bool) {
	var out []verbAt
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
				out = append(out, verbAt{verb: 'd'})
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
		out = append(out, verbAt{rune(format[i]), sharp, plus})
	}
	return out, true
}
