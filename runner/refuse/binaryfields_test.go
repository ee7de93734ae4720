package refuse_test

import (
	"strings"
	"testing"
)

// TestBinaryReadUnexported checks that binary.Read and binary.Decode into
// a struct of the script's with an unexported field, which Go's decoder
// panics on, are refused at the data, and that exported fields, padding
// named _, binary.Write and a type Go's decoder rejects before it fills
// anything are not.
func TestBinaryReadUnexported(t *testing.T) {
	head := "package main\n\nimport (\n\t\"bytes\"\n\t\"encoding/binary\"\n)\n\nvar r = bytes.NewReader(nil)\n\n"
	tests := []struct {
		name, body, want string // want "" for no refusal
	}{
		{"a field", "type hdr struct {\n\tKind uint8\n\tsize int16\n}\n\nfunc main() { var h hdr; binary.Read(r, binary.BigEndian, &h) }",
			"main.go:15:59: binary.Read fills the field size of hdr, which is unexported: Go's decoder panics there (reflect: reflect.Value.SetInt using value obtained using unexported field)"},
		{"nested in an array", "type pt struct{ x, y float32 }\n\ntype Shape struct{ Pts [3]pt }\n\nfunc main() { var s Shape; binary.Read(r, binary.LittleEndian, &s) }",
			"binary.Read fills the field x of pt, which is unexported: Go's decoder panics there (reflect: reflect.Value.SetFloat"},
		{"a slice of them", "type rec struct{ ok bool }\n\nfunc main() { rs := make([]rec, 2); binary.Read(r, binary.LittleEndian, rs) }",
			"binary.Read fills the field ok of rec, which is unexported: Go's decoder panics there (reflect: reflect.Value.SetBool"},
		{"an unnamed struct", "func main() { var v struct{ n uint32 }; binary.Read(r, binary.LittleEndian, &v) }",
			"binary.Read fills the field n of struct{n uint32}"},
		{"Decode", "type hdr struct{ n uint16 }\n\nfunc main() { var h hdr; binary.Decode(nil, binary.BigEndian, &h) }",
			"binary.Decode fills the field n of hdr"},
		{"exported fields and padding", "type hdr struct {\n\tKind uint8\n\t_    [3]byte\n\tSize uint32\n}\n\nfunc main() { var h hdr; binary.Read(r, binary.BigEndian, &h) }", ""},
		{"Write", "type hdr struct{ kind uint8 }\n\nfunc main() { binary.Write(new(bytes.Buffer), binary.BigEndian, hdr{}) }", ""},
		{"not of a fixed size", "type hdr struct {\n\tkind uint8\n\tN    int\n}\n\nfunc main() { var h hdr; binary.Read(r, binary.BigEndian, &h) }", ""},
		{"an empty unexported field", "type hdr struct {\n\tpad [0]byte\n\tN   uint8\n}\n\nfunc main() { var h hdr; binary.Read(r, binary.BigEndian, &h) }", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, head+tt.body+"\n")
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "unexported") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}
