package lift

import (
	"fmt"
	"reflect"
	"strings"
)

// The interpreter hands fmt and log a script's value as a value of a type
// of its own making: a struct type with no name and its unexported fields
// renamed (Xname), a named basic type as the basic type, and no methods
// but at the top level, where it wraps the value with its String or Error
// method. So %T and %#v print the interpreter's types, %+v the renamed
// fields, and a String method of a value in a field or an element is never
// called. The rewrite of printing calls (runner/rewrite) hands such an
// argument to Show instead, with a Type that the rewrite builds from the
// type checker's knowledge of the argument's static type: its name as Go
// prints it, its fields' names, and the script's own functions that call
// its methods. Show's value prints as Go prints the argument.

// A Type is what printing a value of one static type needs to know that
// its runtime value does not carry. A nil *Type stands for a type with
// nothing of the script's in it, printed from its runtime value alone.
type Type struct {
	name      string  // as reflect's Type.String says it under Go: main.Point, []main.Point
	elem, key *Type   // of a pointer, slice, array, channel or map
	fields    []field // of a struct
	str, err  reflect.Value
	goStr     reflect.Value
	format    reflect.Value // the script's function that calls its Format method (see Formats)
	show      reflect.Value // of an interface type: see Dynamic
	defined   bool
	iface     bool           // an interface type's (see Dynamic)
	marshal   *jsonMethods   // of a type with MarshalJSON or MarshalText (see JSONMethods)
	unmarshal *jsonUnmethods // of a type with UnmarshalJSON or UnmarshalText (see JSONUnmarshalers)
}

type field struct {
	name     string
	t        *Type
	embedded bool
}

// NewType returns a Type to be defined by Define, so that types that refer
// to each other can be built.
func NewType() *Type { return &Type{} }

// Define sets what t knows: the name Go prints for it (reflect's
// Type.String), whether it is a defined (named) type, the Type of its
// elements and keys, its fields' names and Types (names separated by
// spaces, an embedded one's after a ~), and the script's functions that call its String, Error and
// GoString methods (func(T) string, or nil where its method set has
// none). It returns true, so that a package-level declaration can call it.
func Define(t *Type, name string, defined bool, elem, key *Type, names string, fields []*Type, str, err, goStr any) bool {
	t.name, t.defined, t.elem, t.key = name, defined, elem, key
	t.fields = t.fields[:0]
	for i, n := range splitNames(names) {
		var ft *Type
		if i < len(fields) {
			ft = fields[i]
		}
		t.fields = append(t.fields, field{strings.TrimPrefix(n, "~"), ft, strings.HasPrefix(n, "~")})
	}
	t.str, t.err, t.goStr = funcValue(str), funcValue(err), funcValue(goStr)
	return true
}

// Formats sets the script's function that calls the Format method of a
// value of t (func(T, fmt.State, rune)), which fmt calls for every verb
// but %T and %p, below the value's top level too, where the interpreter
// hands it the value without the method. It returns true, so that a
// package-level declaration can call it.
func Formats(t *Type, format any) bool {
	t.format = funcValue(format)
	return true
}

// Dynamic defines t as an interface type whose name Go prints as name,
// and whose values show, a function of the script's file, hands back as
// Show would hand a value of their dynamic type, or as they are: the
// interpreter keeps a script's value in an interface (an element of an
// []any, a field of type any) in a form that fmt prints otherwise than
// Go. show is nil where no type of the script's has the interface's
// methods. It returns true, so that a package-level declaration can call
// it.
func Dynamic(t *Type, name string, show any) bool {
	t.name, t.show, t.iface = name, funcValue(show), true
	return true
}

func funcValue(f any) reflect.Value {
	v := reflect.ValueOf(f)
	if !v.IsValid() || v.Kind() != reflect.Func || v.IsNil() {
		return reflect.Value{}
	}
	return v
}

func splitNames(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// Show returns a value that fmt prints as Go prints x, whose static type
// t describes.
func Show(x any, t *Type) any { return shown{v: reflect.ValueOf(x), t: t} }

// ShowAt returns a value that fmt prints as Go prints *p, whose type t
// describes, read when fmt prints it: Go reads a variable that a call
// prints after the calls among the call's other arguments
// (fmt.Println(c, c.Set(2)) prints c as Set left it), and Show's own
// call would read it before them.
func ShowAt(p any, t *Type) any { return shownAt{reflect.ValueOf(p), t} }

// shownAt is a pointer to a value with its Type, read when fmt prints it.
type shownAt struct {
	p reflect.Value
	t *Type
}

// Format prints what s points to as fmt would print it under Go.
func (s shownAt) Format(f fmt.State, verb rune) {
	shown{v: reflect.ValueOf(s.p.Elem().Interface()), t: s.t}.Format(f, verb)
}

// ShowString returns x, of a static type whose kind is string, as fmt's %v
// prints it: fmt.Print puts no space next to a string operand, so a value
// that is one must reach it as a string.
func ShowString(x any, t *Type) string { return fmt.Sprint(shown{v: reflect.ValueOf(x), t: t}) }

// TypeName returns the name that %T prints for x, of static type t.
func TypeName(x any, t *Type) string {
	if h, ok := x.(heldEmpty); ok {
		x = h.IValue // what Printed held
	}
	if t == nil {
		return fmt.Sprintf("%T", x)
	}
	return t.name
}

// shown is a value with its Type, which fmt prints through its Format.
type shown struct {
	v reflect.Value
	t *Type
	// orig, where kept, is the interface value that v was asserted from
	// (see Kept), which %w, %p and a * width take.
	orig any
	kept bool
	// held, where set, shows a value that the interpreter's wrapper
	// holds (see ShowHeld).
	held func(any) any
}

// Format prints s as fmt would print the script's value under Go.
func (s shown) Format(f fmt.State, verb rune) {
	p := &printer{f: f, verb: verb, plusV: verb == 'v' && f.Flag('+'), sharpV: verb == 'v' && f.Flag('#'), held: s.held}
	p.value(s.v, s.t, verb, 0, true)
}
