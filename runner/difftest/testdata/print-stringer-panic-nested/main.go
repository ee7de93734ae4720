// difftest: same
// String methods that panic, called by fmt for elements, fields and map
// values, and through %v of fmt.Errorf: each panic printed with Go's text.
package main

import "fmt"

type Namer interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

type T struct{ n Namer }

func (t T) String() string { return "T:" + t.n.Name() }

type A struct{ v any }

func (a A) String() string { return a.v.(string) }

type B struct{ b []byte }

func (b B) String() string { x := [2]byte(b.b); return fmt.Sprint(x) }

type Box struct {
	Item T
	Tag  A
	Raw  B
}

func main() {
	fmt.Println([]T{{n: dog{}}, {}})
	fmt.Println(Box{})
	fmt.Printf("%+v\n", Box{Tag: A{v: 1}})
	fmt.Println(map[string]T{"a": {}})
	fmt.Println([]A{{v: "ok"}, {v: 2.5}}, []B{{}})
	var s fmt.Stringer = T{}
	fmt.Println(s, []fmt.Stringer{A{}, B{b: []byte{1, 2, 3}}})
	fmt.Println(fmt.Sprintf("%s", T{}))
	err := fmt.Errorf("wrap: %v", A{v: 7})
	fmt.Println(err)
}
