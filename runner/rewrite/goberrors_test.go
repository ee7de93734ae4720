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
		{"another type's Encode", head + types + "type E struct{}\n\nfunc (E) Encode(any) error { return nil }\n\nvar _, _ = gob.Register, io.Discard\n\nfunc main() { _ = E{}.Encode(Move{}) }\n",
			[]string{"E{}.Encode(Move{})"}, []string{"GobEncode"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}
