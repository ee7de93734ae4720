package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, program{"toempty", `package main

import (
	"errors"
	"fmt"
)

type Event any

type P struct{ X int }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func show(v any) {
	a, ok := v.(any)
	b, ok2 := v.(Event)
	fmt.Println(a, ok, b, ok2)
	if v != nil {
		fmt.Printf("%v %T %v\n", v.(any), v.(interface{}), v.(Event))
	}
}

func main() {
	for _, v := range []any{1, "s", P{2}, &P{3}, Name("ann"), errors.New("boom"), nil} {
		show(v)
	}
	var s fmt.Stringer = Name("bob")
	fmt.Println(s.(any) == Name("bob"), s.(any).(Name))
}
`})
}

// TestToEmpty checks which assertions pass toempty hands to lift: those
// to the empty interface, by any name, in both forms, and no others.
func TestToEmpty(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype Event any\n\ntype Empty interface{}\n\nfunc get[T any](v any) T { return v.(T) }\n\nfunc main() {\n\tvar v any = 1\n\tvar err error\n\ta := v.(any)\n\tb, ok := v.(interface{})\n\tc := err.(Event)\n\td, ok2 := (v.(Empty))\n\tvar e, ok3 = v.(any)\n\tn := v.(int)\n\tfmt.Println(a, b, ok, c, d, ok2, e, ok3, n, get[int](v), v.(any).(int))\n}\n"
	tests := []struct {
		name string
		want string
	}{
		{"single value to any", "a := _sl1.AssertAny(/*line :14:7*/v)/*line :14:14*/"},
		{"comma-ok to interface{}", "b, ok := _sl1.AssertAnyOK(/*line :15:11*/v)/*line :15:26*/"},
		{"single value to a named empty interface", "c := Event(_sl1.AssertEmpty(/*line :16:7*/err, \"main.Event\"))/*line :16:18*/"},
		{"comma-ok to a named empty interface, in parentheses", "d, ok2 := (func(_v any, _ok bool) (Empty, bool) { return _v, _ok }(_sl1.AssertAnyOK(/*line :17:13*/v))/*line :17:22*/)"},
		{"comma-ok of a declaration", "var e, ok3 = _sl1.AssertAnyOK(/*line :18:15*/v)/*line :18:22*/"},
		{"to a concrete type, left alone", "n := v.(int)"},
		{"to a type parameter, left alone", "return v.(T)"},
		{"an assertion of its result, outside it", "_sl1.AssertAny(/*line :20:59*/v)/*line :20:66*/.(int)"},
	}
	out := string(lift(t, "main.go", src))
	keepsLines(t, src, out)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}
