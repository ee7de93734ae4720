package lift

import (
	"cmp"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// printer prints one argument as fmt's printValue does (fmt/print.go),
// with the names and methods of the script's types taken from their Type.
// The values it reaches that hold nothing of the script's go back to fmt
// itself, with the verb and flags of the argument.
type printer struct {
	f             fmt.State
	verb          rune
	plusV, sharpV bool
	held          func(any) any // see shown.held
}

func (p *printer) write(s string) { io.WriteString(p.f, s) }

// shownValue prints what a script's printing function made of a value,
// with the function that shows the wrappers it holds where it has one.
func (p *printer) shownValue(s shown, verb rune, depth int, methods bool) {
	if s.held != nil {
		defer func(h func(any) any) { p.held = h }(p.held)
		p.held = s.held
	}
	p.value(s.v, s.t, verb, depth, methods)
}

// format returns the format that prints one operand with the argument's
// verb and flags; the operand is named by its index ([1]), so that a verb
// that fmt would read as a flag too (%[1]+v prints with the verb +) is the
// verb.
func (p *printer) format(verb rune) string {
	var b strings.Builder
	b.WriteByte('%')
	for _, c := range "+-# 0" {
		if p.f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := p.f.Width(); ok {
		b.WriteString(strconv.Itoa(w))
	}
	if pr, ok := p.f.Precision(); ok {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(pr))
	}
	b.WriteString("[1]")
	b.WriteRune(verb)
	return b.String()
}

// stringFormat returns the format with which fmt prints what a GoString
// method returns: the width, precision and - flag only.
func (p *printer) stringFormat() string {
	f := "%"
	if p.f.Flag('-') {
		f += "-"
	}
	if w, ok := p.f.Width(); ok {
		f += strconv.Itoa(w)
	}
	if pr, ok := p.f.Precision(); ok {
		f += "." + strconv.Itoa(pr)
	}
	return f + "s"
}

// value prints v, of static Type t (nil: v's own type), at depth; methods
// says whether fmt would call v's methods (it does not through an
// unexported field).
func (p *printer) value(v reflect.Value, t *Type, verb rune, depth int, methods bool) {
	if t != nil && t.iface && v.IsValid() && v.Kind() != reflect.Interface {
		// The interpreter's own form of a value of an interface type
		// (its wrapper, in a slice of a script's interface type).
		if nilWrapper(v) {
			if p.sharpV {
				p.write(p.typeName(v, t) + "(nil)")
			} else {
				p.write("<nil>")
			}
			return
		}
		if s, ok := t.dynamic(v); ok {
			p.shownValue(s, verb, depth, methods)
			return
		}
		t = nil
	}
	if v.IsValid() && isValueInterface(v.Type()) {
		// A value that the script's types do not show otherwise (a type
		// Fee int whose runtime form prints as Go prints it), held in
		// the interpreter's wrapper, whose fields fmt would print.
		if p.held != nil && v.CanInterface() {
			if s, ok := p.held(v.Interface()).(shown); ok {
				p.shownValue(s, verb, depth, methods)
				return
			}
		}
		if u, ok := interpValue(v); ok {
			p.value(u, nil, verb, depth, methods)
		} else {
			p.write("<nil>")
		}
		return
	}
	if t != nil && v.IsValid() && methods && p.methods(v, t, verb) {
		return
	}
	if t == nil && depth > 0 && v.IsValid() && methods && v.CanInterface() {
		if p.compiledMethods(v, verb) {
			return
		}
	}
	switch v.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.write("<invalid reflect.Value>")
		} else if verb == 'v' {
			p.write("<nil>")
		} else {
			p.badVerb(verb, v, t)
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		p.basic(v, t, verb)
	case reflect.Map:
		if p.sharpV {
			p.write(p.typeName(v, t))
			if v.IsNil() {
				p.write("(nil)")
				return
			}
			p.write("{")
		} else {
			p.write("map[")
		}
		keys := v.MapKeys()
		slices.SortStableFunc(keys, compare)
		for i, k := range keys {
			if i > 0 {
				p.sep()
			}
			p.value(k, keyOf(t), verb, depth+1, methods)
			p.write(":")
			p.value(v.MapIndex(k), elemOf(t), verb, depth+1, methods)
		}
		if p.sharpV {
			p.write("}")
		} else {
			p.write("]")
		}
	case reflect.Struct:
		if p.sharpV {
			p.write(p.typeName(v, t))
		}
		p.write("{")
		for i := range v.NumField() {
			if i > 0 {
				p.sep()
			}
			name, ft, exported := v.Type().Field(i).Name, (*Type)(nil), v.Type().Field(i).IsExported()
			if t != nil && i < len(t.fields) {
				name, ft = t.fields[i].name, t.fields[i].t
				exported = name != "" && strings.ToUpper(name[:1]) == name[:1] && name[0] != '_'
			}
			if (p.plusV || p.sharpV) && name != "" {
				p.write(name + ":")
			}
			p.value(v.Field(i), ft, verb, depth+1, methods && exported)
		}
		p.write("}")
	case reflect.Interface:
		e := v.Elem()
		if !e.IsValid() {
			if p.sharpV {
				p.write(p.typeName(v, t) + "(nil)")
			} else {
				p.write("<nil>")
			}
			return
		}
		if s, ok := t.dynamic(v); ok {
			p.shownValue(s, verb, depth+1, methods)
			return
		}
		if t == nil && p.held != nil && isWrapper(e.Type()) {
			// A script's value in a field of a value of Go's library (see
			// libraryHeld).
			if s, ok := p.held(readable(v).Elem().Interface()).(shown); ok {
				p.shownValue(s, verb, depth+1, methods)
				return
			}
		}
		p.value(e, nil, verb, depth+1, methods)
	case reflect.Array, reflect.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			if v.Type().Elem().Kind() == reflect.Uint8 {
				b := make([]byte, v.Len())
				for i := range b {
					b[i] = byte(v.Index(i).Uint())
				}
				fmt.Fprintf(p.f, p.format(verb), b)
				return
			}
		}
		if p.sharpV {
			p.write(p.typeName(v, t))
			if v.Kind() == reflect.Slice && v.IsNil() {
				p.write("(nil)")
				return
			}
			p.write("{")
		} else {
			p.write("[")
		}
		for i := range v.Len() {
			if i > 0 {
				p.sep()
			}
			p.value(v.Index(i), elemOf(t), verb, depth+1, methods)
		}
		if p.sharpV {
			p.write("}")
		} else {
			p.write("]")
		}
	case reflect.Pointer:
		if depth == 0 && !v.IsNil() {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.write("&")
				p.value(e, elemOf(t), verb, depth+1, methods)
				return
			}
		}
		p.pointer(v, t, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.pointer(v, t, verb)
	default:
		fmt.Fprintf(p.f, p.format(verb), v)
	}
}

// sep writes what fmt writes between the elements of a composite value.
func (p *printer) sep() {
	if p.sharpV {
		p.write(", ")
	} else {
		p.write(" ")
	}
}

// methods calls the String, Error or GoString method of a value of the
// script's type t where fmt would (handleMethods), and reports whether it
// did.
func (p *printer) methods(v reflect.Value, t *Type, verb rune) bool {
	if t.format.IsValid() {
		p.callFormat(t.format, v, verb)
		return true
	}
	var m reflect.Value
	var name string
	switch {
	case p.sharpV:
		m, name = t.goStr, "GoString"
	case strings.ContainsRune("vsxXq", verb):
		m, name = t.err, "Error"
		if !m.IsValid() {
			m, name = t.str, "String"
		}
	}
	if !m.IsValid() {
		return false
	}
	s, ok := p.call(m, v, verb, name)
	if !ok {
		return true
	}
	if p.sharpV {
		fmt.Fprintf(p.f, p.stringFormat(), s)
		return true
	}
	fmt.Fprintf(p.f, p.format(verb), s)
	return true
}

// call calls the script's method m on v, printing what fmt prints when
// the method panics (catchPanic); ok is false then.
func (p *printer) call(m, v reflect.Value, verb rune, name string) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
			if v.Kind() == reflect.Pointer && v.IsNil() {
				p.write("<nil>")
				return
			}
			fmt.Fprintf(p.f, "%%!%c(PANIC=%s method: %v)", verb, name, Recovered(r))
		}
	}()
	if !v.Type().AssignableTo(m.Type().In(0)) {
		if !v.Type().ConvertibleTo(m.Type().In(0)) {
			panic("lift: " + v.Type().String() + " is not " + m.Type().In(0).String())
		}
		v = v.Convert(m.Type().In(0))
	}
	out := m.Call([]reflect.Value{v})
	return out[0].String(), true
}

// callFormat calls the script's function m that calls v's Format method
// with the State fmt handed Show's value, whose flags, width and
// precision are the verb's, as fmt hands its own; a panic prints as fmt
// prints it (catchPanic).
func (p *printer) callFormat(m, v reflect.Value, verb rune) {
	defer func() {
		if r := recover(); r != nil {
			if v.Kind() == reflect.Pointer && v.IsNil() {
				p.write("<nil>")
				return
			}
			fmt.Fprintf(p.f, "%%!%c(PANIC=Format method: %v)", verb, Recovered(r))
		}
	}()
	if in := m.Type().In(0); !v.Type().AssignableTo(in) {
		if !v.Type().ConvertibleTo(in) {
			panic("lift: " + v.Type().String() + " is not " + in.String())
		}
		v = v.Convert(in)
	}
	state := reflect.New(m.Type().In(1)).Elem()
	state.Set(reflect.ValueOf(p.f))
	m.Call([]reflect.Value{v, state, reflect.ValueOf(verb).Convert(m.Type().In(2))})
}

// compiledMethods is handleMethods for a compiled value inside a script's
// value: fmt calls its Format, GoString, Error or String method.
func (p *printer) compiledMethods(v reflect.Value, verb rune) bool {
	x := v.Interface()
	if f, ok := x.(fmt.Formatter); ok {
		f.Format(p.f, verb)
		return true
	}
	if p.sharpV {
		if g, ok := x.(fmt.GoStringer); ok {
			fmt.Fprintf(p.f, p.stringFormat(), g.GoString())
			return true
		}
		return false
	}
	if !strings.ContainsRune("vsxXq", verb) {
		return false
	}
	switch y := x.(type) {
	case error:
		fmt.Fprintf(p.f, p.format(verb), y.Error())
		return true
	case fmt.Stringer:
		fmt.Fprintf(p.f, p.format(verb), y.String())
		return true
	}
	return false
}

// basic prints a value of a basic kind, as its kind's own type, so that no
// method of it is called (methods were handled, or fmt would not call
// them); a bad verb names the value's type as Go names it.
func (p *printer) basic(v reflect.Value, t *Type, verb rune) {
	x := reflect.New(basicTypes[v.Kind()]).Elem()
	switch v.Kind() {
	case reflect.Bool:
		x.SetBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x.SetInt(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x.SetUint(v.Uint())
	case reflect.Float32, reflect.Float64:
		x.SetFloat(v.Float())
	case reflect.Complex64, reflect.Complex128:
		x.SetComplex(v.Complex())
	case reflect.String:
		x.SetString(v.String())
	}
	out := fmt.Sprintf(p.format(verb), x.Interface())
	if strings.HasPrefix(out, "%!") {
		if name := p.typeName(v, t); name != x.Type().String() {
			out = strings.Replace(out, "("+x.Type().String()+"=", "("+name+"=", 1)
		}
	}
	p.write(out)
}

var basicTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeFor[bool](), reflect.String: reflect.TypeFor[string](),
	reflect.Int: reflect.TypeFor[int](), reflect.Int8: reflect.TypeFor[int8](), reflect.Int16: reflect.TypeFor[int16](),
	reflect.Int32: reflect.TypeFor[int32](), reflect.Int64: reflect.TypeFor[int64](),
	reflect.Uint: reflect.TypeFor[uint](), reflect.Uint8: reflect.TypeFor[uint8](), reflect.Uint16: reflect.TypeFor[uint16](),
	reflect.Uint32: reflect.TypeFor[uint32](), reflect.Uint64: reflect.TypeFor[uint64](), reflect.Uintptr: reflect.TypeFor[uintptr](),
	reflect.Float32: reflect.TypeFor[float32](), reflect.Float64: reflect.TypeFor[float64](),
	reflect.Complex64: reflect.TypeFor[complex64](), reflect.Complex128: reflect.TypeFor[complex128](),
}

// pointer prints a pointer, channel or func as fmt's fmtPointer does.
func (p *printer) pointer(v reflect.Value, t *Type, verb rune) {
	u := v.Pointer()
	switch verb {
	case 'v':
		if p.sharpV {
			p.write("(" + p.typeName(v, t) + ")(")
			if u == 0 {
				p.write("nil")
			} else {
				p.write("0x" + strconv.FormatUint(uint64(u), 16))
			}
			p.write(")")
			return
		}
		if u == 0 {
			fmt.Fprintf(p.f, p.format('s'), "<nil>")
			return
		}
		fmt.Fprintf(p.f, p.format('v'), v.UnsafePointer())
	case 'p', 'b', 'o', 'd', 'x', 'X':
		fmt.Fprintf(p.f, p.format(verb), v.UnsafePointer())
	default:
		p.badVerb(verb, v, t)
	}
}

// badVerb prints what fmt prints for a verb that does not fit the value.
func (p *printer) badVerb(verb rune, v reflect.Value, t *Type) {
	if !v.IsValid() {
		fmt.Fprintf(p.f, "%%!%c(<nil>)", verb)
		return
	}
	fmt.Fprintf(p.f, "%%!%c(%s=", verb, p.typeName(v, t))
	q := &printer{f: plainState{p.f}, verb: 'v'}
	q.value(v, t, 'v', 0, true)
	p.write(")")
}

// plainState is a State with no flags, width or precision.
type plainState struct{ fmt.State }

func (plainState) Width() (int, bool)     { return 0, false }
func (plainState) Precision() (int, bool) { return 0, false }
func (plainState) Flag(int) bool          { return false }

// typeName returns the name Go prints for the type of v, of static Type t.
func (p *printer) typeName(v reflect.Value, t *Type) string {
	if t != nil && t.name != "" {
		return t.name
	}
	return v.Type().String()
}

// dynamic hands v, a value of the interface type t, to t's function (see
// Dynamic), and returns what it makes of v if that is a value of the
// script's type to show.
func (t *Type) dynamic(v reflect.Value) (shown, bool) {
	if t == nil || !t.show.IsValid() || !v.CanInterface() {
		return shown{}, false
	}
	in := t.show.Type().In(0)
	if !v.Type().AssignableTo(in) {
		return shown{}, false
	}
	x := reflect.New(in).Elem()
	x.Set(v)
	s, ok := t.show.Call([]reflect.Value{x})[0].Interface().(shown)
	return s, ok
}

func elemOf(t *Type) *Type {
	if t == nil {
		return nil
	}
	return t.elem
}

func keyOf(t *Type) *Type {
	if t == nil {
		return nil
	}
	return t.key
}

// compare orders map keys as fmt does (internal/fmtsort).
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := cmp.Compare(real(x), real(y)); c != 0 {
			return c
		}
		return cmp.Compare(imag(x), imag(y))
	case reflect.Bool:
		switch x, y := a.Bool(), b.Bool(); {
		case x == y:
			return 0
		case x:
			return 1
		default:
			return -1
		}
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		if c, ok := nilCompare(a, b); ok {
			return c
		}
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := range a.NumField() {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := range a.Len() {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := nilCompare(a, b); ok {
			return c
		}
		if c := compare(reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type())); c != 0 {
			return c
		}
		return compare(a.Elem(), b.Elem())
	}
	return 0
}

func nilCompare(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}
