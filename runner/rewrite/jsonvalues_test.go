package rewrite_test

import (
	"go/ast"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

// jsonValuesSrc is a package with a type with MarshalJSON (Level), a
// struct that holds one (Status) and a type with MarshalText on a pointer
// (Word), around main's body.
func jsonValuesSrc(body string) string {
	return "package main\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) { return nil, nil }\n\ntype Status struct {\n\tName  string\n\tLevel Level\n}\n\nvar _ = os.Stdout\n\nfunc main() {\n\t" + body + "\n}\n"
}

// TestJSONValues checks that encoding/json's functions and methods taken
// as values become lift's functions of the file's table, with the
// receiver of a method value bound as it is written (its address where Go
// takes it), and that the table lists the struct types that hold a type
// with MarshalJSON.
func TestJSONValues(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"json.Marshal", "m := json.Marshal\n\t_, _ = m(Status{})",
			[]string{"m := _sl1.JSONMarshalFunc(_slJ", "JSONTableHolders(_slJ", "[]any{[]Status(nil)}"}, []string{"json.Marshal\n"}},
		{"json.MarshalIndent in a map", "fs := map[string]func(any, string, string) ([]byte, error){\"i\": json.MarshalIndent}\n\t_ = fs",
			[]string{`"i": _sl1.JSONMarshalIndentFunc(_slJ`}, nil},
		{"json.Unmarshal", "u := json.Unmarshal\n\tvar s Status\n\t_ = u(nil, &s)",
			[]string{"u := _sl1.JSONUnmarshalFunc(_slJ"}, nil},
		{"an Encoder's Encode", "enc := json.NewEncoder(os.Stdout)\n\tsend := enc.Encode\n\t_ = send(Status{})",
			[]string{"send := _sl1.JSONEncodeFunc(/*line :21:10*/enc, _slJ"}, nil},
		{"a Decoder's Decode of a field", "var b struct{ d *json.Decoder }\n\tnext := b.d.Decode\n\t_ = next",
			[]string{"next := _sl1.JSONDecodeFunc(/*line :21:10*/b.d, _slJ"}, nil},
		{"an Encode of an Encoder variable, whose address Go takes", "var enc json.Encoder\n\tsend := enc.Encode\n\t_ = send",
			[]string{"send := _sl1.JSONEncodeFunc(&(/*line :21:10*/enc), _slJ"}, nil},
		{"a method expression", "f := (*json.Encoder).Encode\n\t_ = f",
			[]string{"f := _sl1.JSONEncodeMethod(_slJ"}, nil},
		{"calls written as calls, and a blank", "_, _ = json.Marshal(Status{})\n\tvar _ = json.Marshal",
			nil, []string{"JSONMarshalFunc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, jsonValuesSrc(tt.body), tt.want, tt.not)
		})
	}
}

// TestJSONValuesKeepColumns checks that what follows a value on its line
// keeps its column, by the line directive after the value.
func TestJSONValuesKeepColumns(t *testing.T) {
	out := string(lift(t, "main.go", jsonValuesSrc("send := json.NewEncoder(os.Stdout).Encode; _ = send(Status{})")))
	if !strings.Contains(out, ", _slJ2)/*line :20:43*/; _ = send(") {
		t.Errorf("want the column of what follows Encode kept in:\n%s", out)
	}
}

// TestJSONValueLifted checks which values the rewrite lifts: those that
// encode an interface where no value of the package's that holds a type
// with MarshalJSON reaches one bare, or decode into one where the package
// declares no type with UnmarshalJSON.
func TestJSONValueLifted(t *testing.T) {
	tests := []struct {
		name, body string
		lifted     bool
	}{
		{"a struct that holds the type", "m := json.Marshal\n\t_, _ = m(Status{})", true},
		{"the type in a map of any", "m := json.Marshal\n\t_, _ = m(map[string]any{\"l\": Level(1)})", true},
		{"the type as a declared function's argument", "m := json.Marshal\n\t_, _ = m(Status{})\n\temit(Level(1))\n}\n\nfunc emit(v any) {\n\t_, _ = json.Marshal(v)", true},
		{"the type as a function value's argument", "m := json.Marshal\n\t_, _ = m(Level(1))", false},
		{"a slice of the type", "m := json.Marshal\n\t_, _ = m([]Level{1})", false},
		{"a slice of the type anywhere in an interface", "m := json.Marshal\n\tvar v any = []Level{1}\n\t_, _ = m(v)", false},
		{"a struct without a name that holds the type", "m := json.Marshal\n\t_, _ = m(struct{ L Level }{})", false},
		{"a struct of the holder's runtime form", "m := json.Marshal\n\t_, _ = m(Status{})\n\tvar p any = struct {\n\t\tName  string\n\t\tLevel int\n\t}{}\n\t_ = p", false},
		{"the type converted explicitly", "m := json.Marshal\n\tvar v any = any(Level(1))\n\t_, _ = m(v)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checked(t, "main.go", jsonValuesSrc(tt.body))
			var sel *ast.SelectorExpr
			ast.Inspect(p.Files[0], func(n ast.Node) bool {
				if s, ok := n.(*ast.SelectorExpr); ok && sel == nil && rewrite.JSONCodingFunc(p.Info, s) {
					sel = s
				}
				return true
			})
			if sel == nil {
				t.Fatal("no value of encoding/json's")
			}
			if got := rewrite.JSONValueLifted(p.Types, p.Info, p.Files, sel); got != tt.lifted {
				t.Errorf("JSONValueLifted = %v, want %v", got, tt.lifted)
			}
		})
	}
	t.Run("decoding beside a type with UnmarshalJSON", func(t *testing.T) {
		src := "package main\n\nimport \"encoding/json\"\n\ntype L int\n\nfunc (l *L) UnmarshalJSON([]byte) error { return nil }\n\nvar u = json.Unmarshal\n"
		p := checked(t, "main.go", src)
		var sel *ast.SelectorExpr
		ast.Inspect(p.Files[0], func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				sel = s
			}
			return true
		})
		if rewrite.JSONValueLifted(p.Types, p.Info, p.Files, sel) {
			t.Error("json.Unmarshal lifted beside a type with UnmarshalJSON")
		}
	})
}

// TestJSONHolders checks that a value of an interface that may hold a
// struct that holds a type with MarshalJSON is handed to lift with the
// table of such structs, and refused where the package puts one in an
// interface in a form lift cannot find.
func TestJSONHolders(t *testing.T) {
	liftHolds(t, jsonValuesSrc("var v any = Status{}\n\t_, _ = json.Marshal(v)"),
		[]string{".JSONMarshal(v, nil, _slJ", ".JSONTableHolders(_slJ2, []any{[]Status(nil)}, _slT"}, nil)
	refuses(t, jsonValuesSrc("var v any = Status{}\n\t_, _ = json.Marshal(v)\n\tv = []Level{1}"),
		"that an interface holds without its own method MarshalJSON")
}
