package rewrite

import (
	"github.com/socklab/socklab/runner/diag"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// The interpreter builds a struct type the script declares with
// reflect.StructOf, which keeps no name, so type Join struct{ Name string }
// and type Leave struct{ Name string } are one type at run time: a Leave
// in an interface matches case Join, and == of two interfaces holding
// Join{"ann"} and Leave{"ann"} is true. A field's tag is part of a runtime
// struct type, though, and nothing a script can see without reflect reads
// a key it does not know. This pass gives the last field of each such
// type a tag key of its own, socklab, naming the type:
//
//	type Join struct{ Name string }   =>   type Join struct{ Name string `socklab:"main.Join"` }
//
// so that each is a runtime type of its own. encoding/json, gob and fmt
// ignore the key; a conversion between the types (Leave(j)) ignores tags,
// in reflect as in Go. Only types that look alike are marked, and only
// where no value of an unnamed struct type looks like them too: Go lets
// such a value be assigned to the named type, which reflect does not
// once the tags differ (runner/refuse refuses their cases instead).

func structMarks(p *Package, f *ast.File, e *Editor) {
	marks := MarkedStructs(p.Files, p.Types, p.Info)
	if len(marks) == 0 {
		return
	}
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		tn, _ := p.Info.Defs[ts.Name].(*types.TypeName)
		mark, ok := marks[tn]
		if !ok {
			return true
		}
		st := ts.Type.(*ast.StructType) // markable: spelt as a struct with a field
		last := st.Fields.List[len(st.Fields.List)-1]
		key := diag.MarkKey + ":" + strconv.Quote(mark)
		if last.Tag == nil {
			e.Insert(last.Type.End(), " `"+key+"`")
			return true
		}
		old, err := strconv.Unquote(last.Tag.Value)
		if err != nil {
			return true // the type checker accepted it: cannot happen
		}
		if old != "" && !strings.HasSuffix(old, " ") {
			old += " "
		}
		tag := strconv.Quote(old + key)
		if strings.HasPrefix(last.Tag.Value, "`") {
			tag = "`" + old + key + "`" // keeps the lines of a raw string
		}
		e.Replace(last.Tag.Pos(), last.Tag.End(), tag+lineDirective(p, last.Tag.End()))
		return true
	})
}

// MarkedStructs returns the struct types that pkg declares in files and
// the pass marks, each with the value of its tag key: types spelt as a
// struct literal with at least one field and no type parameters, whose
// runtime form in the interpreter (RuntimeForm) is that of no unnamed
// struct type of pkg's values, and either that of another such type of
// pkg, or which are not comparable: Go's runtime names such a type in the
// panic of == on two interfaces that hold it (comparing uncomparable type
// main.S), where the interpreter's unnamed type gave its fields, and the
// mark gives its name back (see diag).
func MarkedStructs(files []*ast.File, pkg *types.Package, info *types.Info) map[*types.TypeName]string {
	structs := map[string]map[*types.Struct]bool{} // every struct type of pkg, by runtime form
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() == pkg && t.TypeParams().Len() == 0 && t.TypeArgs().Len() == 0 {
				walk(t.Underlying())
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for i := range t.Params().Len() {
				walk(t.Params().At(i).Type())
			}
			for i := range t.Results().Len() {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			form := RuntimeForm(pkg, t, nil)
			if structs[form] == nil {
				structs[form] = map[*types.Struct]bool{}
			}
			structs[form][t] = true
			for i := range t.NumFields() {
				walk(t.Field(i).Type())
			}
		}
	}
	for _, tv := range info.Types {
		if tv.IsValue() {
			walk(tv.Type)
		}
	}
	declared := map[string][]*types.TypeName{}
	shared := map[types.Type]bool{} // structs of a type declared on another (type Part Join)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			tn, ok := info.Defs[ts.Name].(*types.TypeName)
			if !ok || tn.IsAlias() {
				return true
			}
			walk(tn.Type())
			if st, ok := ts.Type.(*ast.StructType); ok && len(st.Fields.List) > 0 && ts.TypeParams == nil {
				form := RuntimeForm(pkg, tn.Type().Underlying(), nil)
				declared[form] = append(declared[form], tn)
			} else if _, ok := tn.Type().Underlying().(*types.Struct); ok {
				shared[tn.Type().Underlying()] = true
			}
			return true
		})
	}
	marks := map[*types.TypeName]string{}
	for form, tns := range declared {
		// Each declared type has a struct of its own; one more is unnamed.
		if len(tns) < 2 && types.Comparable(tns[0].Type()) || len(structs[form]) > len(tns) || slices.ContainsFunc(tns, func(tn *types.TypeName) bool { return shared[tn.Type().Underlying()] }) {
			continue
		}
		for _, tn := range tns {
			marks[tn] = markValue(tn)
		}
	}
	return marks
}

// markValue names tn in its mark: by its package's path and name, and for
// a type declared inside a function by its position too, since two
// functions may declare types of one name.
func markValue(tn *types.TypeName) string {
	name := tn.Pkg().Path() + "." + tn.Name()
	if tn.Parent() != tn.Pkg().Scope() {
		name += "·" + strconv.Itoa(int(tn.Pos()))
	}
	return name
}

// Marked reports whether marks, as MarkedStructs returns them, holds the
// type that t names.
func Marked(marks map[*types.TypeName]string, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	_, ok = marks[n.Obj()]
	return ok
}
