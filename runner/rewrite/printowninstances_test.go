package rewrite_test

import "testing"

// TestPrintOwnInstances checks that a printing call in a method of a
// generic error type, which the interpreter instantiates itself, hands its
// arguments to functions that do not ask for the type's own instances,
// and that a value of its type parameter that an instance makes a type
// printed otherwise than Go is refused, where one printed as Go does is
// not.
func TestPrintOwnInstances(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype OpError[T any] struct {\n\tArg T\n\tErr error\n}\n\n"
	const method = "func (e *OpError[T]) Error() string { return fmt.Sprint(e.Err) }\n\n"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"the error field, printed in the method and in main",
			method + "func main() {\n\tvar err error = &OpError[int]{1, nil}\n\tfmt.Println(err)\n}\n",
			[]string{"fmt.Println(_slAny", "(*_OpError"}, []string{"fmt.Sprint(_slAny"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, head+tt.body, tt.want, tt.not) })
	}
	const coord = "type Coord struct{ X int }\n\nfunc (c Coord) String() string { return \"c\" }\n\n"
	const param = "func (e *OpError[T]) Error() string { return fmt.Sprint(e.Arg) }\n\n"
	refuses(t, head+coord+param+"func main() { fmt.Println(&OpError[[]Coord]{}) }\n",
		"main.go:14:57: the interpreter instantiates OpError itself, and its fmt prints e.Arg here, which OpError[[]Coord] makes a []Coord, otherwise than Go")
	if _, err := apply(t, head+coord+param+"func main() { fmt.Println(&OpError[Coord]{}, &OpError[[]int]{}) }\n"); err != nil {
		t.Errorf("want no refusal, got %v", err)
	}
}

// TestPrintGenericBody checks that a value built from a type parameter
// (a *Tree[T]) printed in a method of a generic type written out per
// instance is left to the copies, which hand it to lift.Show, where the
// type parameter, which no description can hold, was refused.
func TestPrintGenericBody(t *testing.T) {
	const src = "package main\n\nimport \"fmt\"\n\ntype Tree[T any] struct {\n\tVal  T\n\tLeft *Tree[T]\n}\n\nfunc (t *Tree[T]) String() string {\n\tif t == nil {\n\t\treturn \"()\"\n\t}\n\treturn fmt.Sprintf(\"(%v %v)\", t.Left, t.Val)\n}\n\nfunc main() { fmt.Println(&Tree[int]{Val: 1}) }\n"
	liftHolds(t, src, []string{"return fmt.Sprintf(\"(%v %v)\", t.Left, t.Val)", "return fmt.Sprintf(\"(%v %v)\", _sl"}, nil)
}
