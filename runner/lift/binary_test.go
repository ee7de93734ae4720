package lift

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

// TestBinaryNames: binary's errors that name the value's type name the
// one handed over, and the others are binary's own.
func TestBinaryNames(t *testing.T) {
	type frame struct {
		N    uint16
		Data []byte
	}
	var f frame
	if err := BinaryRead("*main.Frame")(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &f); err == nil || err.Error() != "binary.Read: invalid type *main.Frame" {
		t.Errorf("Read: %v", err)
	}
	if err := BinaryWrite("main.Frame")(io.Discard, binary.BigEndian, f); err == nil || err.Error() != "binary.Write: some values are not fixed-sized in type main.Frame" {
		t.Errorf("Write: %v", err)
	}
	if _, err := BinaryDecode("*main.Frame")([]byte{1, 2}, binary.BigEndian, &f); err == nil || err.Error() != "binary.Decode: invalid type *main.Frame" {
		t.Errorf("Decode: %v", err)
	}
	if _, err := BinaryEncode("main.Frame")(make([]byte, 8), binary.BigEndian, f); err == nil || err.Error() != "binary.Encode: some values are not fixed-sized in type main.Frame" {
		t.Errorf("Encode: %v", err)
	}
	if _, err := BinaryAppend("main.Frame")(nil, binary.BigEndian, f); err == nil || err.Error() != "binary.Append: some values are not fixed-sized in type main.Frame" {
		t.Errorf("Append: %v", err)
	}
	var n uint32
	if err := BinaryRead("*uint32")(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &n); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Read of a short input: %v, want io.ErrUnexpectedEOF itself", err)
	}
	if out, err := BinaryAppend("uint32")(nil, binary.LittleEndian, uint32(258)); err != nil || !bytes.Equal(out, []byte{2, 1, 0, 0}) {
		t.Errorf("Append: %v %v", out, err)
	}
}
