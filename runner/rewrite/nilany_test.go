package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		// A value of an interface the script declares, nil or not, stored
		// as an any in each way: a type switch finds nil and the concrete
		// type, an assertion to a type does not panic, fmt prints it as Go.
		program{"nilany_stored", `package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Box struct{ V any }

func kind(x any) string {
	_, isRect := x.(Rect)
	switch v := x.(type) {
	case nil:
		return fmt.Sprint("nil ", isRect)
	case Rect:
		return fmt.Sprint("rect ", v.W, " ", isRect)
	case *Circle:
		return fmt.Sprint("circle ", v.R)
	}
	return "other"
}

func ret(s Shape) any { return s }

func main() {
	var none Shape
	for _, s := range []Shape{none, Rect{1, 2}, &Circle{3}} {
		var a any = s
		all := []any{s}
		all = append(all, s)
		m := map[string]any{"s": s}
		ch := make(chan any, 1)
		ch <- s
		fmt.Println(kind(a), kind(all[0]), kind(all[1]), kind(m["s"]), kind(Box{s}.V), kind(<-ch), kind(ret(s)), kind(any(s)))
		fmt.Println(all[0], a == nil)
	}
	b, err := json.Marshal(map[string]any{"shape": none})
	fmt.Println(string(b), err)
}
`})
}

// TestNilAnyHelper: a value of an interface the script declares, stored
// as an empty interface, goes through a function that gives nil for nil
// and takes the package's types out of the interpreter's wrapper, but one
// with a method Go's library calls (String), which stays in it; a value
// of another type, or stored as an interface with methods, does not.
func TestNilAnyHelper(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\ntype Rect struct{}\n\nfunc (Rect) Area() float64 { return 0 }\n\ntype Sq struct{}\n\nfunc (*Sq) Area() float64 { return 0 }\n\ntype Named struct{}\n\nfunc (Named) Area() float64  { return 0 }\nfunc (Named) String() string { return \"\" }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"appended", head + "func main() {\n\tvar s Shape\n\tvar all []any\n\tall = append(all, s)\n\tfmt.Println(len(all))\n}\n",
			[]string{"all = append(all, _ifc", "(v Shape) any { if v == nil { return nil }; if x, ok := v.(Rect); ok { return x }; if x, ok := v.(*Rect); ok { return x }; if x, ok := v.(*Sq); ok { return x }; return v }"}, []string{"v.(Named)", "v.(*Named)"}},
		{"returned", head + "func f(s Shape) any { return s }\n\nfunc main() { fmt.Println(f(nil) == nil) }\n",
			[]string{"return _ifc"}, nil},
		{"a type parameter an instance makes a Shape", head + "func D[T any](v T) string {\n\tswitch any(v).(type) {\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn \"other\"\n}\n\nfunc main() { fmt.Println(D[Shape](nil), D(1)) }\n",
			[]string{"any(func() any { _nil", " := any(v); if _nil", " == nil { return nil }; if b, ok := _nil", ".(Rect); ok { return b }; "}, nil},
		{"a type parameter no instance makes a script's interface", head + "func D[T any](v T) string {\n\tswitch any(v).(type) {\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn \"other\"\n}\n\nfunc main() { fmt.Println(D(1), D(\"s\")) }\n",
			nil, []string{"func() any {"}},
		{"stored as an interface with methods", head + "func main() {\n\tvar s Shape = Rect{}\n\tvar t interface{ Area() float64 } = s\n\tfmt.Println(t != nil)\n}\n",
			nil, []string{"if v == nil"}},
		{"a concrete value", head + "func main() {\n\tvar a any = Rect{}\n\tfmt.Println(a != nil)\n}\n",
			nil, []string{"if v == nil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
