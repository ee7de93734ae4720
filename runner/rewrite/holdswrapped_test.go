package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		// Structs and arrays that hold an interface the script declares
		// compare by what the interface holds, nil or not.
		program{"holdswrapped_compare", `package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Pair struct{ A, B Shape }

type Named struct {
	Name string
	P    Pair
}

func main() {
	fmt.Println(Pair{Rect{1, 2}, nil} == Pair{Rect{1, 2}, nil}, Pair{Rect{1, 2}, nil} != Pair{Rect{1, 2}, Rect{}})
	fmt.Println([2]Shape{Rect{1, 1}} == [2]Shape{Rect{1, 1}}, [1]Shape{} == [1]Shape{nil})
	a := Named{"a", Pair{Rect{3, 4}, Rect{}}}
	b := Named{"a", Pair{Rect{3, 4}, Rect{}}}
	fmt.Println(a == b, a.P == b.P)
	b.P.B = nil
	fmt.Println(a == b)
}
`})
}

// TestHoldsWrappedCompared: == of structs or arrays that hold an
// interface the script declares, in a field of a field too, is a call of
// lift.Equal; of a struct that holds error or an empty interface alone it
// stays ==.
func TestHoldsWrappedCompared(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\ntype Pair struct{ A, B Shape }\n\ntype Outer struct{ P [1]Pair }\n\ntype Plain struct {\n\tErr error\n\tV   any\n}\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"struct", head + "func main() {\n\tvar a, b Pair\n\tfmt.Println(a == b)\n}\n",
			[]string{"fmt.Println(_sl1.Equal(/*line :18:14*/a ,  b)/*line :18:20*/)"}, nil},
		{"nested", head + "func main() {\n\tvar a, b Outer\n\tfmt.Println(a != b)\n}\n",
			[]string{"fmt.Println(!_sl1.Equal(/*line :18:14*/a ,  b)/*line :18:20*/)"}, nil},
		{"array", head + "func main() {\n\tvar a, b [2]Shape\n\tfmt.Println(a == b)\n}\n",
			[]string{"_sl1.Equal("}, nil},
		{"error and any alone", head + "func main() {\n\tvar a, b Plain\n\tfmt.Println(a == b)\n}\n",
			[]string{"fmt.Println(a == b)"}, []string{"Equal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
