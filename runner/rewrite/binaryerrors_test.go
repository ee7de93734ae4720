package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("binaryerrors_names", "binary-errors-type-names"),
		fromCorpus("binaryerrors_through_any", "binary-errors-through-any"))
}

// TestBinaryErrors: a call of encoding/binary's Read, Write, Append,
// Encode or Decode whose value's type holds one the package declares goes
// through lift's function with reflect's spelling of Go's name of it,
// keeping the columns after it; one of an interface type goes through
// lift's function with the file's function that names what it holds; one
// of Go's types stays as it is.
func TestBinaryErrors(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"bytes\"\n\t\"encoding/binary\"\n)\n\ntype Pair struct{ A, B int }\n\ntype Kind int\n\n"
	liftHolds(t, head+"func main() {\n\tvar b bytes.Buffer\n\t_ = binary.Write(&b, binary.BigEndian, []Pair{})\n}\n",
		[]string{".BinaryWrite/*line :14:18*/(&b, binary.BigEndian, []Pair{}, \"[]main.Pair\"/*line :14:49*/)"}, nil)
	liftHolds(t, head+"func main() {\n\tvar p Pair\n\t_ = binary.Read(bytes.NewReader(nil), binary.LittleEndian, &p)\n}\n",
		[]string{".BinaryRead/*line :14:17*/(", ", \"*main.Pair\"/*line :14:63*/)"}, nil)
	liftHolds(t, head+"var _ bytes.Buffer\n\nfunc main() { _, _ = binary.Append(nil, binary.BigEndian, map[string]Kind{}) }\n",
		[]string{".BinaryAppend/*line :14:35*/(", "\"map[string]main.Kind\""}, nil)
	liftHolds(t, head+"func main() {\n\tvar b bytes.Buffer\n\t_ = binary.Write(&b, binary.BigEndian, []uint16{1})\n\t_ = binary.Size(Pair{})\n}\n",
		nil, []string{"BinaryWrite", "BinarySize"})
	liftHolds(t, head+"func main() {\n\tvar b bytes.Buffer\n\tvar v any = Pair{}\n\t_ = binary.Write(&b, binary.BigEndian, v)\n}\n",
		[]string{".BinaryWriteAny/*line :15:18*/(&b, binary.BigEndian, v, _slType"}, nil)
}
