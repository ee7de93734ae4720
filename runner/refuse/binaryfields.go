package refuse

import (
	"go/ast"
	"go/types"
)

// encoding/binary's Read and Decode fill a struct through reflect, field
// by field, and skip only the fields named _: under Go, a struct the
// script declares with an unexported field panics there (reflect:
// reflect.Value.SetUint using value obtained using unexported field) once
// the bytes are read. The interpreter's struct types have every field
// exported, so the decoder fills the field and the program goes on.
// binaryReads refuses such a call, where the static type of its data
// holds such a struct (through a pointer, arrays, slices and fields);
// binary.Write, which only reads the fields, runs as Go runs it.
func binaryReads(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := r.calleeName(call)
		if name != "encoding/binary.Read" && name != "encoding/binary.Decode" || len(call.Args) != 3 {
			return true
		}
		data := call.Args[2]
		t := r.typeOf(data)
		if t == nil {
			return true
		}
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if s, ok := t.Underlying().(*types.Slice); ok {
			t = s.Elem()
		}
		if !fixedSize(t) {
			return true // Go's decoder returns its error, invalid type, before it fills anything
		}
		strct, field, ft := r.unexportedFilled(t)
		if field == "" {
			return true
		}
		fn := "binary.Read"
		if name == "encoding/binary.Decode" {
			fn = "binary.Decode"
		}
		r.refuse(data.Pos(), "%s fills the field %s of %s, which is unexported: Go's decoder panics there (reflect: reflect.Value.%s using value obtained using unexported field), where the interpreter's struct type has it exported and fills it: export the fields of %s that %s fills (name a padding field _ to skip it)", fn, field, strct, setter(ft), strct, fn)
		return true
	})
}

// unexportedFilled returns a struct type of the script, and its first
// unexported field other than _ that holds data, that encoding/binary
// fills in a value of type t, of a fixed size: t itself, or the elements
// and fields it holds; "", "" where there is none.
func (r *reporter) unexportedFilled(t types.Type) (strct, field string, ft types.Type) {
	switch u := t.Underlying().(type) {
	case *types.Array:
		if u.Len() > 0 {
			return r.unexportedFilled(u.Elem())
		}
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if f.Name() != "_" && !f.Exported() && f.Pkg() == r.pkg && holdsData(f.Type()) {
				return types.TypeString(t, types.RelativeTo(r.pkg)), f.Name(), f.Type()
			}
			if s, name, ft := r.unexportedFilled(f.Type()); name != "" {
				return s, name, ft
			}
		}
	}
	return "", "", nil
}

// setter names the method of reflect.Value with which encoding/binary
// sets the first number or boolean that a value of type t holds.
func setter(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return setter(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsData(u.Field(i).Type()) {
				return setter(u.Field(i).Type())
			}
		}
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "SetBool"
		case u.Info()&types.IsUnsigned != 0:
			return "SetUint"
		case u.Info()&types.IsInteger != 0:
			return "SetInt"
		case u.Info()&types.IsFloat != 0:
			return "SetFloat"
		case u.Info()&types.IsComplex != 0:
			return "SetComplex"
		}
	}
	return "Set"
}

// fixedSize reports whether encoding/binary decodes a value of type t:
// booleans and numbers, and arrays and structs of them.
func fixedSize(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsBoolean|types.IsInteger|types.IsFloat|types.IsComplex) != 0 && u.Kind() != types.Int && u.Kind() != types.Uint && u.Kind() != types.Uintptr && u.Info()&types.IsUntyped == 0
	case *types.Array:
		return fixedSize(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if !fixedSize(u.Field(i).Type()) {
				return false
			}
		}
		return true
	}
	return false
}

// holdsData reports whether a value of type t has a byte for
// encoding/binary to fill: not an empty struct or an array of none.
func holdsData(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return u.Len() > 0 && holdsData(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsData(u.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}
