package allow

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// Check finds, before a script runs, each use in f of a symbol that a run
// with fl refuses, and returns one message per use, "file:line:col: ...",
// naming the flag that lifts it. It sees package-level symbols (pkg.Name)
// and method expressions (pkg.T.M, (*pkg.T).M): what the syntax alone
// shows. Methods reached through a value, whose type only a type checker
// knows, are CheckTypes' part. name returns the package name of an import
// path.
func Check(fset *token.FileSet, f *ast.File, fl Flags, name func(path string) string) []string {
	imports := map[string]string{} // local name -> import path
	var dotted []string            // packages imported with "."
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		n := name(path)
		if imp.Name != nil {
			n = imp.Name.Name
		}
		switch n {
		case ".":
			dotted = append(dotted, path)
		case "_":
		default:
			imports[n] = path
		}
	}
	var problems []string
	report := func(pos token.Pos, what string, v Verdict) {
		msg := fmt.Sprintf("%s: %s is not allowed in socklab scripts", fset.Position(pos), what)
		if v.Why != "" {
			msg += ": " + v.Why
		}
		if v.Flag != NoFlag {
			msg += fmt.Sprintf(" (run with %s to allow it)", v.Flag)
		}
		problems = append(problems, msg)
	}
	seen := map[ast.Node]bool{} // selectors and names already judged
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			// A name of a package imported with ".": unresolved in the file.
			if seen[n] || n.Obj != nil || len(dotted) == 0 {
				return true
			}
			for _, pkg := range dotted {
				if v := Lookup(pkg, n.Name); v.Class == Refused && !fl.Has(v.Flag) {
					report(n.Pos(), qualified(pkg, n.Name), v)
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				seen[id] = true // a field name in a composite literal
			}
		case *ast.SelectorExpr:
			seen[n.Sel] = true
			if seen[n] {
				return true
			}
			if pkg, typ, ok := typeName(n.X, imports); ok { // method expression
				seen[n.X] = true
				if v := Lookup(pkg, typ+"."+n.Sel.Name); v.Class == Refused && !fl.Has(v.Flag) {
					report(n.Sel.Pos(), qualified(pkg, typ+"."+n.Sel.Name), v)
				}
				return true
			}
			if id, ok := n.X.(*ast.Ident); ok && imports[id.Name] != "" && id.Obj == nil {
				pkg := imports[id.Name]
				if v := Lookup(pkg, n.Sel.Name); v.Class == Refused && !fl.Has(v.Flag) {
					report(n.Sel.Pos(), qualified(pkg, n.Sel.Name), v)
				}
				return true
			}
		}
		return true
	})
	return problems
}

// typeName recognises pkg.T and (*pkg.T), the receivers of a method
// expression.
func typeName(x ast.Expr, imports map[string]string) (pkg, typ string, ok bool) {
	if p, ok := x.(*ast.ParenExpr); ok {
		x = p.X
	}
	if s, ok := x.(*ast.StarExpr); ok {
		x = s.X
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok || imports[id.Name] == "" || id.Obj != nil {
		return "", "", false
	}
	pkg = imports[id.Name]
	if Lookup(pkg, sel.Sel.Name).Class == Unclassified || !isType(pkg, sel.Sel.Name) {
		return "", "", false
	}
	return pkg, sel.Sel.Name, true
}

func isDefaultResolver(x ast.Expr, imports map[string]string) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "DefaultResolver" {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && imports[id.Name] == "net"
}

// isType reports whether the audit lists name of pkg as a type.
func isType(pkg, name string) bool {
	return Lookup(pkg, name).Class != Unclassified && strings.Contains(sectionText(pkg), "\n"+name+"\ttype\t") ||
		strings.HasPrefix(sectionText(pkg), name+"\ttype\t")
}

func qualified(pkg, name string) string {
	return pkg[strings.LastIndex(pkg, "/")+1:] + "." + name
}

// A namedMethod is a refused method of a type that scripts can hold.
type namedMethod struct {
	what string // "reflect.Value.UnsafePointer"
	Verdict
}

// refusedMethods returns, by method name, the methods the rules refuse one
// by one (a method refused only because its type is refused needs no check
// by name: no value of the type reaches a script).
func refusedMethods() map[string][]namedMethod { return refusedByName }
