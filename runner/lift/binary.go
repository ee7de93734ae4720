package lift

import (
	"encoding/binary"
	"errors"
	"io"
	"strings"
)

// encoding/binary names the type of a value it cannot encode or decode in
// its error, as reflect spells it ("binary.Read: invalid type
// *main.Header"); under the interpreter a struct type the script declares
// has no name at run time, and the error spelt it by its fields ("*struct
// { N uint16; Data []uint8 }"). The rewrite (pass binaryname) calls
// binary's functions through those below, handed the name Go spells for
// the static type of the value, which they write into such an error:
//
//	binary.Read(r, binary.BigEndian, &h)   =>   lift.BinaryRead("*main.Header")(r, binary.BigEndian, &h)

// BinaryRead is binary.Read of a value of the type Go names name.
func BinaryRead(name string) func(io.Reader, binary.ByteOrder, any) error {
	return func(r io.Reader, order binary.ByteOrder, data any) error {
		return binaryNamed(binary.Read(r, order, data), "binary.Read: invalid type ", name)
	}
}

// BinaryWrite is binary.Write of a value of the type Go names name.
func BinaryWrite(name string) func(io.Writer, binary.ByteOrder, any) error {
	return func(w io.Writer, order binary.ByteOrder, data any) error {
		return binaryNamed(binary.Write(w, order, data), "binary.Write: some values are not fixed-sized in type ", name)
	}
}

// BinaryDecode is binary.Decode of a value of the type Go names name.
func BinaryDecode(name string) func([]byte, binary.ByteOrder, any) (int, error) {
	return func(buf []byte, order binary.ByteOrder, data any) (int, error) {
		n, err := binary.Decode(buf, order, data)
		return n, binaryNamed(err, "binary.Decode: invalid type ", name)
	}
}

// BinaryEncode is binary.Encode of a value of the type Go names name.
func BinaryEncode(name string) func([]byte, binary.ByteOrder, any) (int, error) {
	return func(buf []byte, order binary.ByteOrder, data any) (int, error) {
		n, err := binary.Encode(buf, order, data)
		return n, binaryNamed(err, "binary.Encode: some values are not fixed-sized in type ", name)
	}
}

// BinaryAppend is binary.Append of a value of the type Go names name.
func BinaryAppend(name string) func([]byte, binary.ByteOrder, any) ([]byte, error) {
	return func(buf []byte, order binary.ByteOrder, data any) ([]byte, error) {
		out, err := binary.Append(buf, order, data)
		return out, binaryNamed(err, "binary.Append: some values are not fixed-sized in type ", name)
	}
}

// binaryNamed is err, but for binary's error that starts with prefix and
// names the value's type, which it names name instead.
func binaryNamed(err error, prefix, name string) error {
	if err != nil && strings.HasPrefix(err.Error(), prefix) {
		return errors.New(prefix + name)
	}
	return err
}
