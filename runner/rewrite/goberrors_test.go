package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("goberrors", "gob-errors-named"))
}

// TestGobErrorsEdits checks which Encode and Decode calls the pass hands
// to lift, with the file's table of struct types.
func TestGobErrorsEdits(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n"
	const types = "type Move struct{ X, Y int }\n\ntype IDs []int\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an Encode", head + types + "func main() { _ = gob.NewEncoder(io.Discard).Encode(Move{}) }\n",
			[]string{`.GobEncode(_sl2.GobNewEncoder(io.Discard), Move{}, _gob`, `.GobTypes([]Move(nil), "main.Move", "Move").Wire([]IDs(nil), "main.IDs", "IDs")`}, []string{"gob.NewEncoder"}},
		{"a named type alone", head + "type IDs []int\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(IDs{}) }\n",
			[]string{`.GobEncode(_sl2.GobNewEncoder(io.Discard), IDs{}, _gob`, `.GobTypes().Wire([]IDs(nil), "main.IDs", "IDs")`}, nil},
		{"two named types of one runtime form", head + "type IDs []int\n\ntype Nums []int\n\ntype Port int\n\ntype Level int\n\nfunc (Level) Up() {}\n\nfunc main() { _ = gob.NewEncoder(io.Discard).Encode(IDs{}) }\n",
			[]string{`.Wire([]Port(nil), "main.Port", "Port")`}, []string{"IDs(nil)", "Nums(nil)", "Level(nil)"}},
		{"NewEncoder as a value", head + types + "func main() { f := gob.NewEncoder; _ = f(io.Discard).Encode(Move{}) }\n",
			[]string{"f := gob.NewEncoder"}, nil},
		{"a Decode", head + types + "func main() { var m Move; _ = gob.NewDecoder(io.MultiReader()).Decode(&m) }\n",
			[]string{`.GobDecode(gob.NewDecoder(io.MultiReader()), &m, _gob`}, nil},
		{"no struct type", head + "func main() { _ = gob.NewEncoder(io.Discard).Encode(1) }\n",
			[]string{"gob.NewEncoder(io.Discard).Encode(1)"}, []string{"GobEncode", "GobTypes"}},
		{"no struct type, two calls", head + "func main() {\n\te := gob.NewEncoder(io.Discard)\n\t_ = e.Encode(1)\n\t_ = e.Encode(2)\n}\n",
			[]string{"e.Encode(1)", "e.Encode(2)"}, []string{"GobEncode", "GobTypes"}},
		{"a method value", head + types + "func main() { f := gob.NewEncoder(io.Discard).Encode; _ = f(Move{}) }\n",
			[]string{"_r1.Encode(_p2)"}, []string{"GobEncode"}},
		{"a struct type declared in a function", head + "func main() {\n\ttype Hello struct{ N int }\n\ttype Pair struct{ A, B *Hello }\n\t_ = gob.NewEncoder(io.Discard).Encode([]Pair{})\n}\n",
			[]string{`.GobEncode(_sl2.GobNewEncoder(io.Discard), []Pair{}, _gob1.Local([]Pair(nil), "main.Pair", "Pair", []Hello(nil), "main.Hello", "Hello"))`, `= _sl2.GobTypes()`}, nil},
		{"a struct type declared in a function, in an interface", head + "func main() {\n\ttype Hello struct{ N int }\n\t_ = gob.NewEncoder(io.Discard).Encode(any(Hello{}))\n}\n",
			[]string{"gob.NewEncoder(io.Discard).Encode(any(Hello{}))"}, []string{"GobEncode", ".Local("}},
		{"another type's Encode", head + types + "type E struct{}\n\nfunc (E) Encode(any) error { return nil }\n\nvar _, _ = gob.Register, io.Discard\n\nfunc main() { _ = E{}.Encode(Move{}) }\n",
			[]string{"E{}.Encode(Move{})"}, []string{"GobEncode"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

// TestGobMethodEdits checks which Encode and Decode calls the pass hands
// to lift with the script's gob method.
func TestGobMethodEdits(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n" +
		"type Vector struct{ X int }\n\nfunc (v Vector) MarshalBinary() ([]byte, error) { return nil, nil }\n\nfunc (v *Vector) UnmarshalBinary(b []byte) error { return nil }\n\n" +
		"type Celsius struct{ D float64 }\n\nfunc (c *Celsius) GobEncode() ([]byte, error) { return nil, nil }\n\nfunc (c Celsius) MarshalBinary() ([]byte, error) { return nil, nil }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an Encode of a value", head + "func main() { _ = gob.NewEncoder(io.Discard).Encode(Vector{1}) }\n",
			[]string{`.GobEncodeMethod(_sl2.GobNewEncoder(io.Discard), 1, "Vector", "main.Vector", false, (Vector{1}).MarshalBinary, _gob1)`}, nil},
		{"an Encode of &v", head + "func main() { v := Vector{1}; _ = gob.NewEncoder(io.Discard).Encode(&v) }\n",
			[]string{`, true, (&v).MarshalBinary, _gob1)`}, nil},
		{"a Decode into &v", head + "func main() { var v Vector; _ = gob.NewDecoder(io.MultiReader()).Decode(&v) }\n",
			[]string{`.GobDecodeMethod(gob.NewDecoder(io.MultiReader()), 1, "Vector", "main.Vector", (&v).UnmarshalBinary, _gob1)`}, nil},
		{"GobEncode on the pointer, for a value", head + "func main() { _ = gob.NewEncoder(io.Discard).Encode(Celsius{}) }\n",
			nil, []string{"GobEncodeMethod"}},
		{"GobEncode on the pointer, for &v", head + "func main() { c := Celsius{}; _ = gob.NewEncoder(io.Discard).Encode(&c) }\n",
			[]string{`0, "Celsius", "main.Celsius", true, (&c).GobEncode, _gob1)`}, nil},
		{"a pointer variable", head + "func main() { p := &Vector{}; _ = gob.NewEncoder(io.Discard).Encode(p) }\n",
			nil, []string{"GobEncodeMethod"}},
		{"a slice of them", head + "func main() { _ = gob.NewEncoder(io.Discard).Encode([]Vector{}) }\n",
			nil, []string{"GobEncodeMethod"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

// TestGobLocalRefused checks that an Encode of a value of a struct type
// declared in a function that another declaration of its name hides at
// the call is refused: the call cannot name it for gob's errors.
func TestGobLocalRefused(t *testing.T) {
	src := "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\nfunc main() {\n\ttype Hello struct{ N int }\n\th := Hello{}\n\t{\n\t\ttype Hello struct{ S string }\n\t\t_ = gob.NewEncoder(io.Discard).Encode(h)\n\t\t_ = Hello{}\n\t}\n}\n"
	refuses(t, src, "main.go:13:41: gob's error about a stream of the Hello declared at line 9, decoded into a value of another kind, names it, and socklab learns its name where it is encoded, where another declaration of Hello hides it: give one of the two types another name")
}
