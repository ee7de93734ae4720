package refuse

import (
	"go/ast"
	"go/types"
)

// typeParamNames refuses a generic declaration that declares something
// else under the name of one of its type parameters: a field (type Pair[K
// comparable, V any] struct{ K K; V V }), a local variable (for _, T :=
// range xs). The interpreter instantiates the declaration by replacing
// each identifier of that name with the type argument, and stopped the
// compilation ("reflect.StructOf: field 0 has invalid name", "undefined
// selector: K", "cannot assign to T"). A selector or a literal's key of
// that name, of a field of another type, it leaves as it is.
func typeParamNames(r *reporter) {
	for _, f := range r.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
						clashingTypeParams(r, ts, declaredNames(ts.TypeParams))
					}
				}
			case *ast.FuncDecl:
				var params []*ast.Ident
				if d.Type.TypeParams != nil {
					params = declaredNames(d.Type.TypeParams)
				}
				if d.Recv != nil && len(d.Recv.List) == 1 {
					params = append(params, receiverTypeParams(d.Recv.List[0].Type)...)
				}
				clashingTypeParams(r, d, params)
			}
		}
	}
}

// declaredNames are the names a field list declares.
func declaredNames(l *ast.FieldList) []*ast.Ident {
	var ids []*ast.Ident
	for _, fl := range l.List {
		ids = append(ids, fl.Names...)
	}
	return ids
}

// receiverTypeParams are the type parameters a method's receiver type
// declares (T of func (s *Stack[T])).
func receiverTypeParams(x ast.Expr) []*ast.Ident {
	if star, ok := x.(*ast.StarExpr); ok {
		x = star.X
	}
	var indices []ast.Expr
	switch ix := ast.Unparen(x).(type) {
	case *ast.IndexExpr:
		indices = []ast.Expr{ix.Index}
	case *ast.IndexListExpr:
		indices = ix.Indices
	}
	var ids []*ast.Ident
	for _, i := range indices {
		if id, ok := i.(*ast.Ident); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// clashingTypeParams refuses the first identifier of decl that declares
// another object than the type parameter under the name of one of params.
func clashingTypeParams(r *reporter, decl ast.Node, params []*ast.Ident) {
	for _, tp := range params {
		obj, ok := r.info.Defs[tp].(*types.TypeName)
		if !ok || tp.Name == "_" {
			continue
		}
		var clash *ast.Ident
		ast.Inspect(decl, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if clash != nil || !ok || id.Name != tp.Name || r.info.Defs[id] == nil || r.info.Defs[id] == obj {
				return clash == nil
			}
			clash = id
			return false
		})
		if clash != nil {
			r.refuse(clash.Pos(), "the interpreter replaces every identifier named %s in this generic declaration with the type argument of its type parameter %s, the name declared here too: give the type parameter another name (%sT)", tp.Name, tp.Name, tp.Name)
		}
	}
}
