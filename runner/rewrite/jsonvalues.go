package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/json's Marshal, MarshalIndent and Unmarshal, and the Encode and
// Decode methods of its Encoder and Decoder, taken as values (marshal :=
// json.Marshal, send := enc.Encode, (*json.Decoder).Decode) in a package
// that declares a type with MarshalJSON, MarshalText, UnmarshalJSON or
// UnmarshalText, went to encoding/json as they were, which sees the
// script's values without those methods. The encoding pass writes each
// such value as lift's function that makes the call lift makes of a call
// written as one, with the static type the value is called with, an
// interface (see JSONValueLifted), and the file's table:
//
//	json.Marshal         =>  lift.JSONMarshalFunc(_slJ1)
//	enc.Encode           =>  lift.JSONEncodeFunc(enc, _slJ1)
//	(*json.Encoder).Encode  =>  lift.JSONEncodeMethod(_slJ1)
//
// A method value binds its receiver where it is evaluated, as Go's does
// (send := enc.Encode; enc = other still sends to the first), and a nil
// receiver panics where the value is called, inside Encode, as in Go (see
// lift.JSONEncodeFunc). A line directive after each keeps the columns of
// what follows on the line.

// JSONCodingFunc reports whether sel names json.Marshal, MarshalIndent or
// Unmarshal, or the Encode method of a *json.Encoder or the Decode method
// of a *json.Decoder (a method value or expression).
func JSONCodingFunc(info *types.Info, sel *ast.SelectorExpr) bool {
	return jsonCodingFunc(info, sel) != nil
}

func jsonCodingFunc(info *types.Info, sel *ast.SelectorExpr) *types.Func {
	var obj types.Object
	if s := info.Selections[sel]; s != nil {
		obj = s.Obj()
	} else {
		obj = info.Uses[sel.Sel]
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return nil
	}
	recv := fn.Type().(*types.Signature).Recv()
	switch fn.Name() {
	case "Marshal", "MarshalIndent", "Unmarshal":
		if recv == nil {
			return fn
		}
	case "Encode", "Decode":
		if recv != nil {
			return fn
		}
	}
	return nil
}

// DeclaresJSONMethods reports whether pkg declares a type with
// MarshalJSON, MarshalText, UnmarshalJSON or UnmarshalText (on the type or
// its pointer), at its top level or inside a function.
func DeclaresJSONMethods(pkg *types.Package) bool {
	return declaresWith(pkg, "MarshalJSON", "MarshalText", "UnmarshalJSON", "UnmarshalText")
}

// declaresWith reports whether pkg declares a type, at its top level or
// inside a function, whose pointer's method set has one of methods.
func declaresWith(pkg *types.Package, methods ...string) bool {
	for _, s := range allScopes(pkg.Scope()) {
		for _, name := range s.Names() {
			tn, ok := s.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			for _, m := range methods {
				if inMethodSet(types.NewPointer(tn.Type()), m) {
					return true
				}
			}
		}
	}
	return false
}

// JSONValueLifted reports whether the encoding pass lifts sel, a function
// of JSONCodingFunc taken as a value in pkg: it encodes a value of an
// interface, which lift.JSONMarshal encodes as Go does where
// JSONMethodsLifted says so of an interface (where the package puts no
// value in one in a form that loses its methods); it decodes into a value
// of an interface, where the package declares no type with UnmarshalJSON
// or UnmarshalText, which lift finds by static types alone.
func JSONValueLifted(pkg *types.Package, info *types.Info, files []*ast.File, sel *ast.SelectorExpr) bool {
	fn := jsonCodingFunc(info, sel)
	if fn == nil {
		return false
	}
	switch fn.Name() {
	case "Unmarshal", "Decode":
		return !declaresWith(pkg, jsonUnmarshalMethods...)
	}
	return JSONMethodsLifted(pkg, info, files, types.NewInterfaceType(nil, nil))
}

// jsonValues writes each of JSONCodingFunc's functions that the file takes
// as a value, and JSONValueLifted lifts, as the function of lift that calls
// lift (see the comment at the top); runner/refuse refuses the others.
func (s *shower) jsonValues() {
	if !DeclaresJSONMethods(s.p.Types) {
		return
	}
	var stack []ast.Node
	ast.Inspect(s.f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if sel, ok := n.(*ast.SelectorExpr); ok && jsonValueLifted(s.p, sel, stack) {
			s.jsonValue(sel)
		}
		stack = append(stack, n)
		return true
	})
}

// jsonValueLifted reports whether sel, below the nodes of stack, is one
// of JSONCodingFunc's functions taken as a value that pass encoding writes
// as a function of lift, in a package that declares a type with one of
// encoding/json's methods.
func jsonValueLifted(p *Package, sel *ast.SelectorExpr, stack []ast.Node) bool {
	return JSONCodingFunc(p.Info, sel) && TakenAsValue(sel, stack) && DeclaresJSONMethods(p.Types) &&
		JSONValueLifted(p.Types, p.Info, p.Files, sel)
}

// TakenAsValue reports whether x, below the nodes of stack, is taken as a
// value: not the function of a call, nor a value given to the blank
// identifier (var _ = json.Marshal keeps an import, and calls nothing).
func TakenAsValue(x ast.Expr, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		if p, ok := stack[i].(*ast.ParenExpr); ok && ast.Unparen(p) == x {
			continue
		}
		if call, ok := stack[i].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == x {
			return false
		}
		return !blankValue(stack[i], x)
	}
	return true
}

// blankValue reports whether x is the value that parent, a declaration or
// an assignment, gives the blank identifier.
func blankValue(parent ast.Node, x ast.Expr) bool {
	var lhs []*ast.Ident
	var rhs []ast.Expr
	switch p := parent.(type) {
	case *ast.ValueSpec:
		lhs, rhs = p.Names, p.Values
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			id, _ := l.(*ast.Ident)
			lhs = append(lhs, id)
		}
		rhs = p.Rhs
	default:
		return false
	}
	for i, v := range rhs {
		if ast.Unparen(v) == x && i < len(lhs) && lhs[i] != nil && lhs[i].Name == "_" {
			return true
		}
	}
	return false
}

// jsonValue writes sel, a function of JSONCodingFunc taken as a value, as
// the function of lift that calls it with the file's table, by which lift
// finds the script's types in the interface it is handed.
func (s *shower) jsonValue(sel *ast.SelectorExpr) {
	fn := jsonCodingFunc(s.p.Info, sel)
	verb := "encode"
	if fn.Name() == "Unmarshal" || fn.Name() == "Decode" {
		verb = "decode into"
	}
	tab, ok := s.jsonTable(sel, verb)
	if !ok {
		return // refused
	}
	if tab == "" {
		return // no type of the script's that encodes otherwise
	}
	if tab, ok = s.methodsTable(tab); !ok {
		s.e.Refuse(sel.Pos(), "socklab cannot lift %s taken as a value in a script that declares a type with MarshalJSON or MarshalText it cannot name: declare the type at the top level of the file, or call %s directly", types.ExprString(sel), sel.Sel.Name)
		return
	}
	if verb == "decode into" {
		if n, f := s.declaresEmbedding(); n != "" {
			s.e.Refuse(sel.Pos(), "socklab cannot decode JSON through %s taken as a value in a script that declares %s: the interpreter's struct types do not embed %s, so the decoder does not fill the fields it promotes: give the field a name (%s %s), or call %s directly", types.ExprString(sel), n, f, f, f, sel.Sel.Name)
			return
		}
	}
	pkg := s.e.Import(lift.Package)
	name := "JSON" + fn.Name() + "Func"
	if s.p.Info.Selections[sel] == nil || s.p.Info.Selections[sel].Kind() == types.MethodExpr {
		if s.p.Info.Selections[sel] != nil {
			name = "JSON" + fn.Name() + "Method"
		}
		s.e.Replace(sel.Pos(), sel.End(), pkg+"."+name+"("+tab+")"+s.e.lineAt(sel.End()))
		return
	}
	// A method value: the receiver, evaluated here, is bound (its
	// address, where Go takes it).
	open, close := "", ""
	if _, isPtr := types.Unalias(s.p.Info.TypeOf(sel.X)).Underlying().(*types.Pointer); !isPtr {
		open, close = "&(", ")"
	}
	s.e.InsertFirst(sel.Pos(), pkg+"."+name+"("+open+s.e.lineAt(sel.Pos()))
	s.e.Replace(sel.X.End(), sel.End(), close+", "+tab+")"+s.e.lineAt(sel.End()))
}
