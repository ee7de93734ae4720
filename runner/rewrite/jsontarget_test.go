package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("jsontarget", "json-decode-any-target"))
}

// TestJSONTarget checks what the pass hands lift.JSONUnmarshal and
// lift.JSONDecode: a decoding whose target may hold a struct type the
// script declares, in its static type or in an interface, and nothing
// else.
func TestJSONTarget(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\nvar _ = os.Stdin\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"an any that may hold a pointer to a type of unexported fields",
			decls + "type T struct{ N int; m string }\n\nfunc main() {\n\tvar v any = &T{}\n\tjson.Unmarshal(nil, v)\n}\n",
			[]string{".JSONUnmarshal(nil, v, nil, _slJ", ".JSONTypes([]any{[]T(nil)}, "}, []string{"json.Unmarshal("}},
		{"a Decoder's Decode into a *any",
			decls + "type T struct{ N int; m string }\n\nfunc main() {\n\tvar v any\n\tjson.NewDecoder(os.Stdin).Decode(&v)\n}\n",
			[]string{".JSONDecode(json.NewDecoder(os.Stdin), &v, ", ", _slJ"}, []string{".Decode("}},
		{"a []any, with an embedding type",
			decls + "type P struct{ N int }\n\ntype O struct{ P; M int }\n\nfunc main() {\n\tvar xs []any\n\tjson.Unmarshal(nil, &xs)\n}\n",
			[]string{".JSONUnmarshal(nil, &xs, ", ".JSONTypes([]any{[]P(nil), []O(nil)}, "}, nil},
		{"a variable of the script's type, with no table",
			decls + "type T struct{ N int; m string }\n\nfunc main() {\n\tvar t T\n\tjson.Unmarshal(nil, &t)\n}\n",
			[]string{".JSONUnmarshal(nil, &t, ", ", nil)"}, []string{"JSONTypes"}},
		{"exported fields only, in an any: the table names T in the decoder's errors",
			decls + "type T struct{ N int }\n\nfunc main() {\n\tvar v any = &T{}\n\tjson.Unmarshal(nil, v)\n}\n",
			[]string{".JSONUnmarshal(nil, v, nil, _slJ", ".JSONTypes([]any{[]T(nil)}, "}, []string{"json.Unmarshal("}},
		{"no type of the script's: nothing to lift",
			decls + "func main() {\n\tvar v map[string]any\n\tjson.Unmarshal(nil, &v)\n}\n",
			nil, []string{"JSONUnmarshal"}},
		{"a map of any, whose values the decoder makes anew: nothing to lift, nothing refused",
			decls + "func main() {\n\ttype row struct{ name string }\n\t_ = row{}\n\tvar m map[string]any\n\tjson.Unmarshal(nil, &m)\n}\n",
			nil, []string{"JSONUnmarshal", "JSONTypes"}},
		{"a type with UnmarshalJSON goes to lift.JSONUnmarshalMethods, not JSONUnmarshal",
			decls + "type T struct{ n int }\n\nfunc (*T) UnmarshalJSON([]byte) error { return nil }\n\nfunc main() {\n\tvar t T\n\tjson.Unmarshal(nil, &t)\n}\n",
			[]string{".JSONUnmarshalMethods(nil, &t, _slT"}, []string{".JSONUnmarshal("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestJSONTargetRefuses lists the scripts in which a target of interface
// type cannot be decoded into as Go does.
func TestJSONTargetRefuses(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"encoding/json\"\n\t\"image\"\n\t\"time\"\n)\n\nvar _ image.Point\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a struct that embeds a type of Go's library",
			decls + "var _ time.Time\n\ntype L struct {\n\timage.Point\n\tn int\n}\n\nfunc main() {\n\tvar v any\n\tjson.Unmarshal(nil, &v)\n}\n",
			"main.go:20:22: socklab cannot decode JSON into a value of *any as Go does in a script that declares L: the interpreter's struct types do not embed Point"},
		{"a struct that embeds a pointer to an unexported struct",
			decls + "var _ time.Time\n\ntype meta struct{ ID int }\n\ntype M struct {\n\t*meta\n\tN int\n}\n\nfunc main() {\n\tvar v any = &M{}\n\tjson.Unmarshal(nil, v)\n}\n",
			"main.go:22:22: socklab cannot decode JSON into a value of any as Go does in a script that declares M: the interpreter's struct types do not embed meta"},
		{"a type declared in a function",
			decls + "var _ time.Time\n\nfunc main() {\n\ttype p struct{ n int }\n\tvar v any = &p{1}\n\tjson.Unmarshal(nil, v)\n}\n",
			"main.go:16:22: socklab cannot decode into a value of an interface type as Go does in a script that declares p inside a function"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, tt.src, tt.want)
		})
	}
}
