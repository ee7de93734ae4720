package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("printing_func_types", "gopl-coloredpoint"),
		program{"printing_func_type_forms", `package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Op func(Point) Point

func apply(fs ...func(Point) Point) {}

func main() {
	add := Point.Add
	fmt.Printf("%T\n", add)
	fmt.Printf("%T|%T\n", (*Point).Scale, Point{}.Add)
	fmt.Printf("%T %T\n", apply, func(m map[string][]*Point) (Point, error) { return Point{}, nil })
	fmt.Printf("%T %T\n", Op(nil), func(f func(Point)) {})
	fmt.Printf("%T\n", func(int) string { return "" })
	fmt.Println(fmt.Sprintf("%T", add) == "func(main.Point, main.Point) main.Point")
}
`},
	)
}

// TestPrintFuncTypes checks which function types that %T prints the pass
// names by a description: those whose parameters or results hold the
// script's types, not the script's own function types or Go's.
func TestPrintFuncTypes(t *testing.T) {
	tests := []struct {
		name, arg string
		want, not []string
	}{
		{"method expression", "Point.Add", []string{`"func(main.Point, main.Point) main.Point"`, "TypeName(func() func(Point, Point) Point"}, nil},
		{"pointer receiver", "(*Point).Scale", []string{`"func(*main.Point, int)"`}, nil},
		{"nested", "func(f func([]Point)) {}", []string{`"func(func([]main.Point))"`}, nil},
		{"script's func type", "Op(nil)", []string{"TypeName(Op(nil), _slT"}, []string{`"func(main.Point) main.Point"`}},
		{"method value", "Point{}.Add, 1", []string{`"func(main.Point) main.Point"`}, nil},
		{"go's func type", "func(int) string { return \"\" }", nil, []string{"TypeName"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Add(q Point) Point { return p }\nfunc (p *Point) Scale(k int) {}\n\ntype Op func(Point) Point\n\nfunc main() {\n\tfmt.Printf(\"%T\\n\", " + tt.arg + ")\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}
