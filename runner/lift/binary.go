package lift

import (
	"encoding/binary"
	"errors"
	"io"
	"reflect"
	"strings"
)

// encoding/binary's errors about a value it cannot encode or decode end
// with the name of the value's type, reflect's ("binary.Write: some values
// are not fixed-sized in type main.Pair"), and the interpreter's types
// have other names at run time (struct { A int; B int }, int for a type
// declared on int). The rewrite (pass binaryerrors) calls these functions
// in place of the package's, with Go's name of the type of the value that
// the call hands on, which they put in the error in place of reflect's.

// BinaryRead is binary.Read, its error naming data's type name.
func BinaryRead(r io.Reader, order binary.ByteOrder, data any, name string) error {
	return binaryNamed(binary.Read(r, order, data), data, name)
}

// BinaryWrite is binary.Write, its error naming data's type name.
func BinaryWrite(w io.Writer, order binary.ByteOrder, data any, name string) error {
	return binaryNamed(binary.Write(w, order, data), data, name)
}

// BinaryAppend is binary.Append, its error naming data's type name.
func BinaryAppend(buf []byte, order binary.ByteOrder, data any, name string) ([]byte, error) {
	out, err := binary.Append(buf, order, data)
	return out, binaryNamed(err, data, name)
}

// BinaryEncode is binary.Encode, its error naming data's type name.
func BinaryEncode(buf []byte, order binary.ByteOrder, data any, name string) (int, error) {
	n, err := binary.Encode(buf, order, data)
	return n, binaryNamed(err, data, name)
}

// BinaryDecode is binary.Decode, its error naming data's type name.
func BinaryDecode(buf []byte, order binary.ByteOrder, data any, name string) (int, error) {
	n, err := binary.Decode(buf, order, data)
	return n, binaryNamed(err, data, name)
}

// The functions below are those above for a value handed on in an
// interface that may hold a type the script declares (a send helper's
// v any): name, a function of the script's file, names the type that
// value holds as Go names it, asked only for an error's sake.

// BinaryReadAny is binary.Read, its error naming data's type by name.
func BinaryReadAny(r io.Reader, order binary.ByteOrder, data any, name func(any) string) error {
	err := binary.Read(r, order, data)
	return binaryNamedBy(err, data, name)
}

// BinaryWriteAny is binary.Write, its error naming data's type by name.
func BinaryWriteAny(w io.Writer, order binary.ByteOrder, data any, name func(any) string) error {
	err := binary.Write(w, order, data)
	return binaryNamedBy(err, data, name)
}

// BinaryAppendAny is binary.Append, its error naming data's type by name.
func BinaryAppendAny(buf []byte, order binary.ByteOrder, data any, name func(any) string) ([]byte, error) {
	out, err := binary.Append(buf, order, data)
	return out, binaryNamedBy(err, data, name)
}

// BinaryEncodeAny is binary.Encode, its error naming data's type by name.
func BinaryEncodeAny(buf []byte, order binary.ByteOrder, data any, name func(any) string) (int, error) {
	n, err := binary.Encode(buf, order, data)
	return n, binaryNamedBy(err, data, name)
}

// BinaryDecodeAny is binary.Decode, its error naming data's type by name.
func BinaryDecodeAny(buf []byte, order binary.ByteOrder, data any, name func(any) string) (int, error) {
	n, err := binary.Decode(buf, order, data)
	return n, binaryNamedBy(err, data, name)
}

// binaryNamedBy is binaryNamed with the name asked of name, only where
// there is an error to name it in.
func binaryNamedBy(err error, data any, name func(any) string) error {
	if err == nil {
		return nil
	}
	return binaryNamed(err, data, name(data))
}

// binaryNamed returns err with name in place of reflect's name of data's
// type where err ends with it; err itself otherwise (an error of the
// reader or writer, io.ErrUnexpectedEOF, a buffer too small).
func binaryNamed(err error, data any, name string) error {
	if err == nil {
		return nil
	}
	rt := reflect.TypeOf(data)
	if rt == nil {
		return err
	}
	if msg, ok := strings.CutSuffix(err.Error(), " "+rt.String()); ok {
		return errors.New(msg + " " + name)
	}
	return err
}

// binarySymbols are the functions of encoding/binary that the rewrite
// calls in place of the package's.
func binarySymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"BinaryRead":   reflect.ValueOf(BinaryRead),
		"BinaryWrite":  reflect.ValueOf(BinaryWrite),
		"BinaryAppend": reflect.ValueOf(BinaryAppend),
		"BinaryEncode": reflect.ValueOf(BinaryEncode),
		"BinaryDecode": reflect.ValueOf(BinaryDecode),

		"BinaryReadAny":   reflect.ValueOf(BinaryReadAny),
		"BinaryWriteAny":  reflect.ValueOf(BinaryWriteAny),
		"BinaryAppendAny": reflect.ValueOf(BinaryAppendAny),
		"BinaryEncodeAny": reflect.ValueOf(BinaryEncodeAny),
		"BinaryDecodeAny": reflect.ValueOf(BinaryDecodeAny),
	}
}
