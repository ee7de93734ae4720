package lift

import (
	"io"
	"os"
	"reflect"
	"strconv"
)

// The builtins print and println write to standard error, in the
// runtime's own forms (runtime/print.go): no space between print's
// operands, floats as strconv's shortest 'g', a pointer, channel, map or
// function as its address, a slice as [len/cap] and its array's address,
// an interface as the addresses of its type and data. The interpreter
// wrote them to standard output, through fmt, with spaces between. Pass
// printbuiltin of runner/rewrite calls these instead.

// BuiltinOutput, where not nil, takes the writes of print and println in
// place of os.Stderr: a test that runs the interpreter with a standard
// error of its own sets it.
var BuiltinOutput io.Writer

// BuiltinPrint is the builtin print.
func BuiltinPrint(args ...any) { writePrinted(args, false) }

// BuiltinPrintln is the builtin println.
func BuiltinPrintln(args ...any) { writePrinted(args, true) }

// BuiltinIface marks an operand of an interface type, which the runtime
// prints as the addresses of its type and data whatever it holds.
func BuiltinIface(v any) any { return printedIface{v} }

type printedIface struct{ v any }

func writePrinted(args []any, newline bool) {
	var b []byte
	for i, a := range args {
		if newline && i > 0 {
			b = append(b, ' ')
		}
		b = appendPrinted(b, a)
	}
	if newline {
		b = append(b, '\n')
	}
	if BuiltinOutput != nil {
		BuiltinOutput.Write(b)
		return
	}
	os.Stderr.Write(b)
}

func appendPrinted(b []byte, a any) []byte {
	if p, ok := a.(printedIface); ok {
		if p.v == nil {
			return append(b, "(0x0,0x0)"...)
		}
		t := reflect.ValueOf(reflect.TypeOf(p.v)).Pointer()
		b = append(b, '(')
		b = appendHex(b, uint64(t))
		b = append(b, ',')
		b = appendHex(b, uint64(dataAddress(p.v)))
		return append(b, ')')
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(b, v.Uint(), 10)
	case reflect.Float32:
		return strconv.AppendFloat(b, v.Float(), 'g', -1, 32)
	case reflect.Float64:
		return strconv.AppendFloat(b, v.Float(), 'g', -1, 64)
	case reflect.Complex64:
		return append(b, strconv.FormatComplex(v.Complex(), 'g', -1, 64)...)
	case reflect.Complex128:
		return append(b, strconv.FormatComplex(v.Complex(), 'g', -1, 128)...)
	case reflect.String:
		return append(b, v.String()...)
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return appendHex(b, uint64(v.Pointer()))
	case reflect.Slice:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(v.Len()), 10)
		b = append(b, '/')
		b = strconv.AppendInt(b, int64(v.Cap()), 10)
		b = append(b, ']')
		return appendHex(b, uint64(v.Pointer()))
	}
	return append(b, "(0x0,0x0)"...) // a nil interface's operand: Go prints the nil interface so
}

// dataAddress is the address an interface's data word holds: the value
// itself for pointer-shaped values, otherwise that of a copy of it.
func dataAddress(v any) uintptr {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return rv.Pointer()
	}
	c := reflect.New(rv.Type())
	c.Elem().Set(rv)
	return c.Pointer()
}

// appendHex appends v as the runtime's printhex writes it: 0x and its hex
// digits, without leading zeros.
func appendHex(b []byte, v uint64) []byte {
	b = append(b, "0x"...)
	return strconv.AppendUint(b, v, 16)
}

func printBuiltinSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"BuiltinPrint":   reflect.ValueOf(BuiltinPrint),
		"BuiltinPrintln": reflect.ValueOf(BuiltinPrintln),
		"BuiltinIface":   reflect.ValueOf(BuiltinIface),
	}
}
