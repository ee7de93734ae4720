package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/gob names a type in its errors by reflect, where the
// interpreter's struct types have no name: an Encode of a value that holds
// an unregistered Move in an interface failed with gob: type not
// registered for interface: struct { From string; To string }, where Go
// writes main.Move, and a Decode into a Pos of a stream of another type
// with compiling decoder for (no name), where Go writes Pos. This pass
// hands each Encode of a gob.Encoder and Decode of a gob.Decoder, in a
// package that declares struct types, to lift with a table of them built
// once per file, which names them in gob's errors as Go does:
//
//	enc.Encode(m)   =>   lift.GobEncode(enc, m, _gob1)
func init() { register(Pass{Name: "goberrors", Run: gobErrors}) }

func gobErrors(p *Package, f *ast.File, e *Editor) {
	table := ""
	wraps := declaresWrapped(p)
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		var fn string
		switch sel.Sel.Name {
		case "Encode":
			fn = "GobEncode"
			if !gobType(p.Info.TypeOf(sel.X), "Encoder") {
				return true
			}
			if wraps && holdsInterface(p.Info.TypeOf(call.Args[0])) {
				fn = "GobEncodeAny"
			}
		case "Decode":
			fn = "GobDecode"
			if !gobType(p.Info.TypeOf(sel.X), "Decoder") {
				return true
			}
			if t := p.Info.TypeOf(call.Args[0]); wraps && t != nil && types.IsInterface(t) {
				fn = "GobDecodeAny"
			}
		default:
			return true
		}
		if table == "" {
			table = gobTable(p, e)
		}
		tab := table
		if tab == "-" {
			if !strings.HasSuffix(fn, "Any") {
				return false // no struct types to name: the calls stay as they are
			}
			tab = "nil"
		}
		e.Insert(sel.X.Pos(), e.Import(lift.Package)+"."+fn+"(")
		e.Replace(sel.X.End(), call.Lparen+1, ", ")
		e.Insert(call.Rparen, ", "+tab)
		return true
	})
}

// gobType reports whether t is *gob.name.
func gobType(t types.Type, name string) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "encoding/gob" && n.Obj().Name() == name
}

// gobTable declares the file's table of the package's struct types for
// lift.GobTypes and returns its name, or "-" where the package declares
// none at its top level.
func gobTable(p *Package, e *Editor) string {
	var entries []string
	scope := p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
			continue
		}
		entries = append(entries, "[]"+name+"(nil), "+strconv.Quote(p.Types.Name()+"."+name)+", "+strconv.Quote(name))
	}
	if len(entries) == 0 {
		return "-"
	}
	table := e.Name("gob")
	e.Declare("var " + table + " = " + e.Import(lift.Package) + ".GobTypes(" + strings.Join(entries, ", ") + ")")
	return table
}
