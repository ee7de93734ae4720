// difftest: same
package main

import "fmt"

type V struct{ N int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.N) }

type Str interface{ String() string }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int      { return s.S * s.S }
func (s Sq) String() string { return fmt.Sprint("sq", s.S) }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }

// produce sends values whose type has a String method on a chan any, from
// a goroutine of its own: they are printed in another function's frame.
func produce(ch chan any, n int) {
	base := 7
	for i := range n {
		ch <- V{i + base}
		ch <- Code{i}
	}
	close(ch)
}

func make1(i int) any {
	var a any = V{i}
	return a
}

func asStr(v *V) Str { return v }

func main() {
	ch := make(chan any)
	go produce(ch, 3)
	for x := range ch {
		fmt.Println(x)
	}
	fmt.Println(make1(5))
	b := make1(6)
	fmt.Printf("%v %s\n", b, b)

	v := V{2}
	var s Str = &v
	fmt.Println(s)
	var u Str = v
	fmt.Println(u)
	var a any = asStr(&v)
	fmt.Println(a, asStr(&v))

	shapes := []Shape{Sq{1}, Sq{2}}
	for _, sh := range shapes {
		fmt.Println(sh, sh.Area())
		fmt.Printf("%v %s %d\n", sh, sh, sh.Area())
	}
}
