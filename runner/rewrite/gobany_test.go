package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("gobany", "gob-any-methods"))
}

// TestGobAnyEdits checks which Encode and Decode calls pass goberrors
// hands to lift.GobEncodeAny and lift.GobDecodeAny: those whose value
// may hold a value of a type with methods in an interface.
func TestGobAnyEdits(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n"
	const point = "type Point struct{ X, Y int }\n\nfunc (p Point) Len() int { return p.X }\n\n"
	const level = "type Level int\n\nfunc (l *Level) Up() { *l++ }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a field of type any", head + point + "type Box struct{ V any }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(Box{V: Point{}}) }\n",
			[]string{`.GobEncodeAny(_sl2.GobNewEncoder(io.Discard), Box{V: `, `{})}, _gob`}, nil},
		{"a map[string]any", head + point + "func main() { _ = gob.NewEncoder(io.Discard).Encode(map[string]any{\"p\": Point{}}) }\n",
			[]string{`.GobEncodeAny(_sl2.GobNewEncoder(io.Discard), map[string]any{"p": `, `{})}, _gob`}, nil},
		{"an any parameter", head + point + "func send(e *gob.Encoder, v any) error { return e.Encode(v) }\n\nfunc main() { _ = send(gob.NewEncoder(io.Discard), Point{}) }\n",
			[]string{`.GobEncodeAny(e, v, _gob`}, nil},
		{"a decoding into an any", head + point + "func recv(d *gob.Decoder, v any) error { return d.Decode(v) }\n\nfunc main() { _ = recv(gob.NewDecoder(io.MultiReader()), &Point{}) }\n",
			[]string{`.GobDecodeAny(d, v, _gob`}, nil},
		{"a decoding into a pointer", head + point + "type Box struct{ V any }\n\nfunc main() { var b Box; _ = gob.NewDecoder(io.MultiReader()).Decode(&b) }\n",
			[]string{`.GobDecode(gob.NewDecoder(io.MultiReader()), &b, _gob`}, []string{"GobDecodeAny"}},
		{"no struct type, a method of a pointer", head + level + "func main() { var l Level; _ = gob.NewEncoder(io.Discard).Encode([]any{&l}) }\n",
			[]string{`.GobEncodeAny(gob.NewEncoder(io.Discard), []any{_ifc2(&l)}, nil)`}, []string{"GobTypes"}},
		{"a value without interfaces", head + point + "func main() { _ = gob.NewEncoder(io.Discard).Encode([]Point{{}}) }\n",
			[]string{`.GobEncode(_sl2.GobNewEncoder(io.Discard), []Point{{}}, _gob`}, []string{"GobEncodeAny"}},
		{"no type with methods", head + "type Box struct{ V any }\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(Box{V: 1}) }\n",
			[]string{`.GobEncode(_sl2.GobNewEncoder(io.Discard), Box{V: 1}, _gob`}, []string{"GobEncodeAny"}},
		{"no type at all", head + "func main() { _ = gob.NewEncoder(io.Discard).Encode([]any{1}) }\n",
			[]string{"gob.NewEncoder(io.Discard).Encode([]any{1})"}, []string{"GobEncode"}},
		{"a struct in a function that embeds methods", head + "func main() {\n\ttype T struct{ io.Reader }\n\t_ = gob.NewEncoder(io.Discard).Encode(map[string]any{\"t\": T{}})\n}\n",
			[]string{`.GobEncodeAny(gob.NewEncoder(io.Discard), map[string]any{"t": `, `}, nil)`}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
