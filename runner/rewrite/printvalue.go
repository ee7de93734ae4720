package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A printing function of fmt or log taken as a value (p := fmt.Println,
// as Go by Example writes it, a func(string, ...any) field set to
// fmt.Printf, a logger's method value lg.Printf) prints what its calls
// hand it with none of the lifting that a call of fmt.Println gets: a
// value of a struct type of the script with a String method prints as its
// fields. printValues puts in its place a function of the file's own, of
// the same type, that calls it as a call with its arguments spread
// (fmt.Println(a...)) is rewritten, each argument going to lift.Show by
// its dynamic type:
//
//	p := fmt.Println   =>   p := _slPrintln1/*line :9:18*/
//
//	func _slPrintln1(a ...any) (int, error) { return fmt.Println(_slAnys2(a)...) }

// printValueShapes are the parameters and results of fmt's printing
// functions, and where a call hands on its leading parameters, by name;
// "W" stands for io.Writer.
var printValueShapes = map[string][2]string{
	"Print": {"(a ...any)", "(int, error)"}, "Println": {"(a ...any)", "(int, error)"},
	"Sprint": {"(a ...any)", "string"}, "Sprintln": {"(a ...any)", "string"},
	"Fprint": {"(w W, a ...any)", "(int, error)"}, "Fprintln": {"(w W, a ...any)", "(int, error)"},
	"Append": {"(b []byte, a ...any)", "[]byte"}, "Appendln": {"(b []byte, a ...any)", "[]byte"},
	"Printf": {"(format string, a ...any)", "(int, error)"}, "Sprintf": {"(format string, a ...any)", "string"},
	"Fprintf": {"(w W, format string, a ...any)", "(int, error)"}, "Appendf": {"(b []byte, format string, a ...any)", "[]byte"},
	"Errorf": {"(format string, a ...any)", "error"},
}

// logValueShapes are printValueShapes for log's printing functions, and
// *log.Logger's methods of the same names.
var logValueShapes = map[string][2]string{
	"Print": {"(a ...any)", ""}, "Println": {"(a ...any)", ""}, "Printf": {"(format string, a ...any)", ""},
	"Fatal": {"(a ...any)", ""}, "Fatalln": {"(a ...any)", ""}, "Fatalf": {"(format string, a ...any)", ""},
	"Panic": {"(a ...any)", ""}, "Panicln": {"(a ...any)", ""}, "Panicf": {"(format string, a ...any)", ""},
}

// printValues replaces each of f's printing functions of fmt and log, and
// method values of a *log.Logger's (lg.Printf), that is not called where
// it is named (calls is the set of the functions called) by printValue's
// function; log's only where pass logsite does not lift them, in a
// package whose loggers never name the file.
func (s *shower) printValues(calls map[ast.Expr]bool) {
	logs := !mayLogFiles(s.p)
	ast.Inspect(s.f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || calls[sel] {
			return true
		}
		pn := pkgOf(s.p.Info, sel)
		switch {
		case pn != nil && pn.Imported().Path() == "fmt":
			if fn := s.printValue(pn.Name()+"."+sel.Sel.Name, sel.Sel.Name, printValueShapes, ""); fn != "" {
				s.e.Replace(sel.Pos(), sel.End(), fn+s.e.lineAt(sel.End()))
			}
			return false
		case pn != nil && pn.Imported().Path() == "log" && logs:
			if fn := s.printValue(pn.Name()+"."+sel.Sel.Name, sel.Sel.Name, logValueShapes, ""); fn != "" {
				s.e.Replace(sel.Pos(), sel.End(), fn+s.e.lineAt(sel.End()))
			}
			return false
		case pn == nil && logs && isNamedPtr(s.p.Info.TypeOf(sel.X), "log", "Logger"):
			if sl := s.p.Info.Selections[sel]; sl == nil || sl.Kind() != types.MethodVal {
				return true
			}
			logger := "*" + s.e.ImportLibrary("log") + ".Logger"
			if fn := s.printValue("l."+sel.Sel.Name, sel.Sel.Name, logValueShapes, logger); fn != "" {
				s.e.InsertLead(sel.X.Pos(), fn+"(")
				s.e.Replace(sel.X.End(), sel.End(), ")"+s.e.lineAt(sel.End()))
			}
		}
		return true
	})
}

// isNamedPtr reports whether t is a pointer to the named type name of the
// package with import path pkg.
func isNamedPtr(t types.Type, pkg, name string) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// printValue returns the name of the file's function that does what the
// printing function callee (fmt.Println, l.Printf) named name does, whose
// parameters and results shapes gives, with the arguments spread as a
// call's are lifted (see spread and runtimeFormat), declaring it the first
// time; "" where name is no such function or no argument needs lifting.
// For a method value, logger is the type of the receiver l, which the
// function takes, returning the method's function.
func (s *shower) printValue(callee, name string, shapes map[string][2]string, logger string) string {
	shape, ok := shapes[name]
	if !ok {
		return ""
	}
	key := "value " + logger + " " + callee
	if fn, ok := s.anyFuncs[key]; ok {
		return fn
	}
	empty := types.Universe.Lookup("any").Type().Underlying().(*types.Interface)
	params, results := shape[0], shape[1]
	formatted := strings.Contains(params, "format")
	var spread string
	if formatted {
		spread = s.keptSpreadFunc(empty, &Verb{Verb: 'v', Sharp: true})
	} else {
		spread = s.spreadFunc(empty, nil)
	}
	if spread == "" {
		return ""
	}
	// The parameters handed on as they are, and the printed ones.
	var lead []string
	for _, p := range strings.Split(strings.Trim(params, "()"), ", ") {
		if p := strings.Fields(p); p[0] != "a" && p[0] != "format" {
			lead = append(lead, p[0])
		}
	}
	args := spread + "(a)..."
	call := callee + "(" + strings.Join(append(lead, args), ", ") + ")"
	if formatted {
		pkg := s.e.Import(lift.Package)
		if name == "Errorf" {
			call = pkg + ".Errorf(" + callee + ")(format, " + args + ")"
		} else {
			call = callee + "(" + strings.Join(append(lead, `"%s"`, pkg+".Sprintf(format, "+args+")"), ", ") + ")"
		}
	}
	if strings.Contains(params, " W") {
		params = strings.Replace(params, " W", " "+s.e.ImportLibrary("io")+".Writer", 1)
	}
	body := "{ " + call + " }"
	if results != "" {
		body = "{ return " + call + " }"
		results = " " + results
	}
	fn := s.e.Name("sl" + name)
	s.anyFuncs[key] = fn
	if logger != "" {
		s.e.Append("func " + fn + "(l " + logger + ") func" + params + results + " { return func" + params + results + " " + body + " }")
	} else {
		s.e.Append("func " + fn + params + results + " " + body)
	}
	return fn
}
