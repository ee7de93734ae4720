package rewrite_test

import "testing"

// TestBinaryNames checks the calls of encoding/binary that pass
// binaryname hands the name of their value's type, and those it leaves.
func TestBinaryNames(t *testing.T) {
	src := "package main\n\nimport (\n\t\"bytes\"\n\t\"encoding/binary\"\n)\n\ntype frame struct {\n\tN    uint16\n\tData []byte\n}\n\nfunc main() {\n\tvar f frame\n\tvar buf bytes.Buffer\n\tvar v any = f\n\t_ = binary.Read(&buf, binary.BigEndian, &f)\n\t_ = binary.Write(&buf, binary.BigEndian, []frame{f})\n\t_, _ = binary.Append(nil, binary.BigEndian, struct{ A byte }{1})\n\t_ = binary.Write(&buf, binary.BigEndian, v)\n\twrite := binary.Write\n\t_ = write\n}\n"
	liftHolds(t, src, []string{
		`.BinaryRead("*main.frame")/*line :17:17*/(&buf, binary.BigEndian, &f)`,
		`.BinaryWrite("[]main.frame")/*line :18:18*/(&buf`,
		`.BinaryAppend("struct { A uint8 }")/*line :19:22*/(nil`,
		`_ = binary.Write(&buf, binary.BigEndian, v)`,
		`write := binary.Write`,
	}, nil)
}
