package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
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

// printVerbs refuses what fmt prints differently for the types a script
// declares, since the interpreter hands fmt a type of its own making: %T
// and %#v (which name the type), a verb other than %v %s %q %x %X for a
// type with a String or Error method (which Go then ignores), and a value
// that holds such a type in a field or element (where Go calls the method).
func printVerbs(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if m := r.loggerMethod(call); m != "" {
			for _, a := range call.Args {
				if t := r.typeOf(a); t != nil && involves(t, r.hasPrintMethod) {
					r.refuse(a.Pos(), "(*log.Logger).%s does not call the String or Error method of a type the script declares in the interpreter: call the method yourself (x.String()), or use the log package's own %s", m, m)
				}
			}
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
	verb, sharp := v.verb, v.sharp
	if verb == 'v' && (v.plus || sharp) {
		if f := unexportedField(r, t); f != "" {
			r.refuse(a.Pos(), "%%+v shows the unexported field %s under another name in the interpreter (X%s): print the fields you want with %%v, or export the field", f, f)
			return
		}
	}
	shows := r.showsType(t)
	switch {
	case verb == 'T' && shows:
		r.refuse(a.Pos(), "%%T of a type the script declares prints the interpreter's own type: print a name of your own (a String method, or a switch on the concrete types)")
		return
	case verb == 'v' && sharp && shows:
		r.refuse(a.Pos(), "%%#v of a type the script declares prints the interpreter's own type name: use %%+v")
		return
	case verb == '?' && shows:
		r.refuse(a.Pos(), "socklab cannot tell which verb prints this argument (the format uses argument indexes or is not constant), and the interpreter prints the types a script declares differently with %%T and %%#v: write the format without [n]")
		return
	}
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	top := r.declared(base) && (hasMethod(base, "String") || hasMethod(base, "Error"))
	if top && !strings.ContainsRune("vsqxXw", verb) {
		r.refuse(a.Pos(), "%%%c of %s: Go prints its underlying value, but the interpreter hands fmt a wrapper with the String or Error method: convert it first (%s(x))", verb, types.TypeString(t, types.RelativeTo(r.pkg)), t.Underlying())
		return
	}
	if !top && involves(t, func(t types.Type) bool {
		return r.declared(t) && (hasMethod(t, "String") || hasMethod(t, "Error"))
	}) {
		r.refuse(a.Pos(), "this value holds a type the script declares with a String or Error method, which fmt calls inside it under Go but not under the interpreter: print that part on its own")
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

// loggerMethod returns the name of the printing method of a *log.Logger
// that call calls, or "": the interpreter hands such methods a script's
// values without their methods, as it does not for log's functions.
func (r *reporter) loggerMethod(call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	t := r.typeOf(sel.X)
	if t == nil || !isNamed(t, "log", "Logger") {
		return ""
	}
	switch sel.Sel.Name {
	case "Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln":
		return sel.Sel.Name
	}
	return ""
}

// hasPrintMethod reports whether t is a type the script declares with a
// String or Error method.
func (r *reporter) hasPrintMethod(t types.Type) bool {
	return r.declared(t) && (hasMethod(t, "String") || hasMethod(t, "Error"))
}
