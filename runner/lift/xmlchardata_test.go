package lift

import (
	"encoding/xml"
	"fmt"
	"testing"
)

// The script's named basic types whose values the interpreter holds as
// their kinds' plain types.
type (
	Note   string
	Raw    []byte
	Digest [2]byte
	Ratio  float32
)

// countingWriter counts the writes it is given, as a script's writer may.
type countingWriter struct {
	writes int
	buf    []byte
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// TestXMLNamedBasicWrites encodes values of named basic types through an
// Encoder, as XML makes them of the interpreter's, and checks the bytes
// and the number of writes against Go's encoding of the Go values: one
// write per Encode, where each element of a slice was flushed on its own.
func TestXMLNamedBasicWrites(t *testing.T) {
	describe := func(name, spelling string) *Type {
		d := NewType()
		Define(d, spelling, true, nil, nil, "", nil, nil, nil, nil)
		return d
	}
	sliceOf := func(e *Type, spelling string) *Type {
		d := NewType()
		Define(d, spelling, false, e, nil, "", nil, nil, nil, nil)
		return d
	}
	port, note, raw, digest, ratio := describe("Port", "main.Port"), describe("Note", "main.Note"), describe("Raw", "main.Raw"), describe("Digest", "main.Digest"), describe("Ratio", "main.Ratio")
	for _, tt := range []struct {
		name   string
		goVal  any   // the Go value
		interp any   // the interpreter's
		t      *Type // its static type's description
	}{
		{"a named int", Port(80), int(80), port},
		{"a slice of them", []Port{80, 443, 8080}, []int{80, 443, 8080}, sliceOf(port, "[]main.Port")},
		{"a string to escape", []Note{"a<b", "tab\there\nnl & 'q' \"d\""}, []string{"a<b", "tab\there\nnl & 'q' \"d\""}, sliceOf(note, "[]main.Note")},
		{"a byte slice", []Raw{Raw("x&y"), nil}, [][]byte{[]byte("x&y"), nil}, sliceOf(raw, "[]main.Raw")},
		{"a byte array", []Digest{{'o', 'k'}}, [][2]byte{{'o', 'k'}}, sliceOf(digest, "[]main.Digest")},
		{"a float32", []Ratio{0.1, 2.5e10}, []float32{0.1, 2.5e10}, sliceOf(ratio, "[]main.Ratio")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var want, got countingWriter
			wantErr := xml.NewEncoder(&want).Encode(tt.goVal)
			err := xml.NewEncoder(&got).Encode(XML(tt.interp, tt.t, nil))
			if string(got.buf) != string(want.buf) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Errorf("got %s, %v\nwant %s, %v", got.buf, err, want.buf, wantErr)
			}
			if got.writes != want.writes {
				t.Errorf("got %d writes, want %d", got.writes, want.writes)
			}
		})
	}
}
