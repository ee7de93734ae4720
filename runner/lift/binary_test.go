package lift

import (
	"bytes"
	"encoding/binary"
	"io"
	"testing"
)

// TestBinaryNamed: an error of encoding/binary that ends with reflect's
// name of the value's type ends with the name handed instead; the
// reader's own errors come back as they are.
func TestBinaryNamed(t *testing.T) {
	type pair struct{ A, B int }
	var b bytes.Buffer
	err := BinaryWrite(&b, binary.BigEndian, []pair{{1, 2}}, "[]main.Pair")
	if err == nil || err.Error() != "binary.Write: some values are not fixed-sized in type []main.Pair" {
		t.Errorf("BinaryWrite: %v", err)
	}
	var fixed struct{ N uint32 }
	if err := BinaryRead(bytes.NewReader([]byte{1}), binary.BigEndian, &fixed, "*main.Fixed"); err != io.ErrUnexpectedEOF {
		t.Errorf("BinaryRead of a short input: %v, want io.ErrUnexpectedEOF itself", err)
	}
	if _, err := BinaryDecode(nil, binary.BigEndian, &pair{}, "*main.Pair"); err == nil || err.Error() != "binary.Decode: invalid type *main.Pair" {
		t.Errorf("BinaryDecode: %v", err)
	}
	if out, err := BinaryAppend(nil, binary.LittleEndian, uint16(258), "uint16"); err != nil || !bytes.Equal(out, []byte{2, 1}) {
		t.Errorf("BinaryAppend: %v %v", out, err)
	}
}

// TestBinaryNamedBy: the ...Any functions ask name for the type's name
// only where there is an error to put it in.
func TestBinaryNamedBy(t *testing.T) {
	type pair struct{ A, B int }
	asked := 0
	name := func(v any) string {
		asked++
		if _, ok := v.(pair); !ok {
			t.Errorf("name asked of %T, want the value handed on", v)
		}
		return "main.Pair"
	}
	var b bytes.Buffer
	if err := BinaryWriteAny(&b, binary.BigEndian, pair{1, 2}, name); err == nil || err.Error() != "binary.Write: some values are not fixed-sized in type main.Pair" {
		t.Errorf("BinaryWriteAny: %v", err)
	}
	if asked != 1 {
		t.Errorf("name asked %d times for one error", asked)
	}
	never := func(any) string { t.Error("name asked without an error"); return "" }
	if err := BinaryWriteAny(&b, binary.BigEndian, uint16(1), never); err != nil {
		t.Errorf("BinaryWriteAny of a uint16: %v", err)
	}
	var n uint16
	if err := BinaryReadAny(&b, binary.BigEndian, &n, never); err != nil || n != 1 {
		t.Errorf("BinaryReadAny: %v %d", err, n)
	}
}
