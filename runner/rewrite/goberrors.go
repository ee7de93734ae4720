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

func gobErrors(p *Package, f *ast.File, e *Editor) {
	table := ""
	wraps := declaresWrapped(p)
	held := methodValueReceivers(p, f)
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if gobNewEncoder(p, sel) && !held[call] {
			if table == "" {
				table = gobTable(p, e)
			}
			if table != "-" {
				e.Replace(sel.X.Pos(), sel.X.End(), e.Import(lift.Package))
				e.Replace(sel.Sel.Pos(), sel.Sel.End(), "GobNewEncoder")
			}
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
		if m, ok := GobMethodOf(p.Info, p.Types, call.Args[0], sel.Sel.Name == "Decode"); ok && table != "-" {
			gobMethodCall(e, sel, call, m, table)
			return true
		}
		tab := table
		if tab == "-" {
			if !strings.HasSuffix(fn, "Any") {
				return false // no struct types to name: the calls stay as they are
			}
			tab = "nil"
		}
		if sel.Sel.Name == "Encode" && tab != "nil" {
			tab = gobLocals(p, e, tab, call.Args[0])
		}
		e.Insert(sel.X.Pos(), e.Import(lift.Package)+"."+fn+"(")
		e.Replace(sel.X.End(), call.Lparen+1, ", ")
		e.Insert(call.Rparen, ", "+tab)
		return true
	})
}

// gobMethodCall hands enc.Encode(x) or dec.Decode(&v) of a value whose
// method gob calls to lift with the method value:
//
//	enc.Encode(v)   =>   lift.GobEncodeMethod(enc, 1, "Vector", "main.Vector", false, (v).MarshalBinary, _gob1)
func gobMethodCall(e *Editor, sel *ast.SelectorExpr, call *ast.CallExpr, m GobMethod, table string) {
	fn := "GobEncodeMethod"
	if sel.Sel.Name == "Decode" {
		fn = "GobDecodeMethod"
	}
	obj := m.Type.Obj()
	args := strconv.Itoa(m.Kind) + ", " + strconv.Quote(obj.Name()) + ", " + strconv.Quote(obj.Pkg().Name()+"."+obj.Name()) + ", "
	if fn == "GobEncodeMethod" {
		args += strconv.FormatBool(m.Ptr) + ", "
	}
	e.Insert(sel.X.Pos(), e.Import(lift.Package)+"."+fn+"(")
	e.Replace(sel.X.End(), call.Lparen+1, ", "+args+"(")
	e.Insert(call.Rparen, ")."+m.Method+", "+table)
}

// methodValueReceivers returns the expressions of f whose method a method
// value takes (gob.NewEncoder(w).Encode), which the pass methodfuncs
// copies as they are.
func methodValueReceivers(p *Package, f *ast.File) map[ast.Expr]bool {
	called := map[ast.Expr]bool{}
	held := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			called[n.Fun] = true
		case *ast.SelectorExpr:
			if s, ok := p.Info.Selections[n]; ok && s.Kind() == types.MethodVal && !called[n] {
				held[ast.Unparen(n.X)] = true
			}
		}
		return true
	})
	return held
}

// gobNewEncoder reports whether sel is gob.NewEncoder.
func gobNewEncoder(p *Package, sel *ast.SelectorExpr) bool {
	id, ok := sel.X.(*ast.Ident)
	if !ok || sel.Sel.Name != "NewEncoder" {
		return false
	}
	pn, ok := p.Info.Uses[id].(*types.PkgName)
	return ok && pn.Imported().Path() == "encoding/gob"
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
// lift.GobTypes, and of its types on a basic type of lift's pool, a
// slice, an array or a map for the names of gob's descriptions
// (GobTable.Wire), and returns its name, or "-" where the package
// declares none at its top level and encodes no struct type declared
// inside a function (see gobLocals). A type of the latter whose runtime form
// is another's of the package is left out: the two are one type at run
// time.
func gobTable(p *Package, e *Editor) string {
	var entries, wire []string
	scope := p.Types.Scope()
	marks := MarkedStructs(p.Files, p.Types, p.Info)
	forms := map[string]int{}
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			forms[RuntimeForm(p.Types, tn.Type(), marks)]++
		}
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		entry := "[]" + name + "(nil), " + strconv.Quote(p.Types.Name()+"."+name) + ", " + strconv.Quote(name)
		switch u := n.Underlying().(type) {
		case *types.Struct:
			entries = append(entries, entry)
		case *types.Basic:
			if Pooled(tn) {
				wire = append(wire, entry)
			}
		case *types.Slice, *types.Array, *types.Map:
			if forms[RuntimeForm(p.Types, n, marks)] == 1 && !isByteSlice(u) {
				wire = append(wire, entry)
			}
		}
	}
	if len(entries) == 0 && len(wire) == 0 && !declaresGobMethods(p) && !encodesLocalStructs(p) {
		return "-"
	}
	table := e.Name("gob")
	decl := "var " + table + " = " + e.Import(lift.Package) + ".GobTypes(" + strings.Join(entries, ", ") + ")"
	if len(wire) > 0 {
		decl += ".Wire(" + strings.Join(wire, ", ") + ")"
	}
	e.Declare(decl)
	return table
}

// declaresGobMethods reports whether the package declares at its top
// level a type with GobEncode, MarshalBinary, GobDecode or
// UnmarshalBinary, whose Encode and Decode go to lift with an encoder of
// GobNewEncoder's.
func declaresGobMethods(p *Package) bool {
	scope := p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		ms := types.NewMethodSet(types.NewPointer(tn.Type()))
		for i := range ms.Len() {
			switch ms.At(i).Obj().Name() {
			case "GobEncode", "MarshalBinary", "GobDecode", "UnmarshalBinary":
				return true
			}
		}
	}
	return false
}

// isByteSlice reports whether t is a slice of bytes, which gob sends as
// a basic type, with no description.
func isByteSlice(t types.Type) bool {
	s, ok := t.(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}
