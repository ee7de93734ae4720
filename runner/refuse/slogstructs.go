package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// slogPrinters are the methods a script's type may have that slog's
// handlers, through fmt and encoding/json, look for in a value, and that
// the interpreter does not hand compiled slog with the value.
var slogPrinters = []string{"String", "Error", "Format", "GoString", "MarshalText", "MarshalJSON"}

// slogStructs refuses a value that holds a type the script declares and
// that slog would print otherwise than Go where it goes to slog as any
// (the arguments of slog's logging functions and methods, With, Group,
// Any, AnyValue, Record.Add), and a value of interface type there that
// may hold one: slog's handlers print such a value with fmt's %+v
// (TextHandler) or encoding/json (JSONHandler), which see the
// interpreter's copy of the type, its unexported fields renamed (Xhost),
// its embedded fields not embedded and without the script's methods.
// slog's functions of such arguments taken as values are refused as well.
func slogStructs(r *reporter) {
	valuer := r.slogLogValuer()
	if valuer == nil {
		return
	}
	held := r.slogMisprinted(valuer)
	shows := rewrite.SlogShows(r.pkg, r.info, r.files)
	name := func(t types.Type) string { return types.TypeString(t, types.RelativeTo(r.pkg)) }
	r.slogAnyArgs(func(sel *ast.SelectorExpr) {
		if len(held) > 0 {
			r.refuse(sel.Pos(), "%s taken as a value may be handed a value of %s, which slog prints otherwise under socklab than Go: call %s directly", types.ExprString(sel), name(held[0]), types.ExprString(sel))
		}
	}, func(call *ast.CallExpr, arg ast.Expr, t types.Type, spread bool) {
		if shows && !spread && rewrite.LogValuerCall(r.info, call) && rewrite.SlogShowable(r.pkg, t) {
			return // pass slogshow hands slog a stand-in that prints as Go
		}
		what := types.ExprString(arg)
		if spread {
			what += "'s elements"
		}
		if !types.IsInterface(t) {
			if r.declaresLogValue(t, valuer) {
				return // logValuers refuses it
			}
			if why := r.slogDiffers(t, held); why != "" {
				r.refuse(arg.Pos(), "slog prints %s with fmt's %%+v (TextHandler) or encoding/json (JSONHandler), which under socklab see the interpreter's copy of %s: %s, so the output differs from Go's: pass slog.String(\"key\", fmt.Sprint(%s)) instead, or its exported fields as attributes of their own (slog.Group(\"key\", slog.Int(...), ...))", what, name(t), why, types.ExprString(arg))
			}
			return
		}
		iface, _ := t.Underlying().(*types.Interface)
		if iface == nil {
			return
		}
		for _, h := range held {
			if !types.Implements(h, iface) || r.slogErrorOnly(h, iface) {
				continue
			}
			r.refuse(arg.Pos(), "%s may hold a %s, which slog prints otherwise under socklab than Go (%s): pass slog.String(\"key\", fmt.Sprint(v)) of the concrete value instead, or its exported fields as attributes of their own", what, name(h), r.slogDiffers(h, nil))
			return
		}
	})
}

// slogMisprinted returns the types the package declares, and pointers to
// them, that slog prints otherwise under socklab than Go, leaving out
// those that declare LogValue (logValuers refuses them).
func (r *reporter) slogMisprinted(valuer *types.Interface) []types.Type {
	var held []types.Type
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() != r.pkg || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		t := tn.Type()
		if r.declaresLogValue(t, valuer) || r.declaresLogValue(types.NewPointer(t), valuer) || r.slogDiffers(t, nil) == "" {
			continue
		}
		held = append(held, t, types.NewPointer(t))
	}
	return held
}

// slogErrorOnly reports whether h, held in an interface that has Error,
// is printed by slog through its Error method, which the interpreter
// hands compiled slog with a value of such an interface: both handlers
// print an error so unless it is a fmt.Formatter, encoding.TextMarshaler
// or json.Marshaler.
func (r *reporter) slogErrorOnly(h types.Type, iface *types.Interface) bool {
	if !hasMethod(iface, "Error") {
		return false
	}
	for _, m := range []string{"Format", "MarshalText", "MarshalJSON"} {
		if hasMethod(h, m) {
			return false
		}
	}
	return true
}

// slogDiffers says why slog prints a value of t otherwise under socklab
// than Go, or returns "" where it prints it as Go does: t holds a type
// the script declares with an unexported field, an embedded struct field
// or a method of slogPrinters, or an interface that a type of held
// implements. Types of other packages are compiled and print as in Go.
func (r *reporter) slogDiffers(t types.Type, held []types.Type) string {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) string
	walk = func(t types.Type) string {
		t = types.Unalias(t)
		if seen[t] {
			return ""
		}
		seen[t] = true
		switch u := t.(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			if why := walk(u.Key()); why != "" {
				return why
			}
			return walk(u.Elem())
		case *types.Interface:
			for _, h := range held {
				if types.Implements(h, u) {
					return "an interface in it may hold a " + types.TypeString(h, types.RelativeTo(r.pkg)) + ", which slog prints otherwise than Go"
				}
			}
			return ""
		case *types.Named:
			if types.IsInterface(u) {
				return walk(u.Underlying())
			}
			if !r.declared(u) {
				return ""
			}
			for _, m := range slogPrinters {
				if hasMethod(u, m) {
					return "the interpreter hands slog " + u.Obj().Name() + " without its method " + m
				}
			}
			return walk(u.Underlying())
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if _, isStruct := f.Type().Underlying().(*types.Struct); f.Embedded() && isStruct {
					return "its embedded field " + f.Name() + " is a plain field there, which encoding/json does not flatten as Go's does"
				}
				if !f.Exported() && !f.Embedded() {
					return "its unexported field " + f.Name() + " is an exported X" + f.Name() + " there, which slog prints where Go prints " + f.Name() + " (TextHandler) or leaves it out (JSONHandler)"
				}
				if why := walk(f.Type()); why != "" {
					return why
				}
			}
		}
		return ""
	}
	return walk(t)
}
