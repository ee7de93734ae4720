// difftest: same
package main

// Error codes, levels and names of a protocol: types declared on basic
// types with String and Error methods, in interfaces, errors and maps.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Code int

const (
	NotFound Code = 404
	Teapot   Code = 418
)

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Level uint8

func (l Level) String() string { return strings.Repeat("*", int(l)) }
func (l Level) Error() string  { return "level error" }

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

func find(k string) error {
	if k == "tea" {
		return Teapot
	}
	if k == "" {
		return fmt.Errorf("find %q: %w", k, NotFound)
	}
	return nil
}

type Shower interface{ String() string }

func main() {
	for _, k := range []string{"tea", "", "x"} {
		err := find(k)
		var c Code
		fmt.Println(err, errors.Is(err, NotFound), errors.Is(err, Teapot), errors.As(err, &c), c, err == Teapot)
		switch e := err.(type) {
		case Code:
			fmt.Println("code", int(e), e)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other", e)
		}
	}
	l := Level(3)
	var s Shower = l
	fmt.Println(l, s, s.String(), Name("x"), []Name{"a", "b"}, map[Name]Level{"k": 2})
	fmt.Printf("%v %s %d %q %x %T %T\n", l, l, l, Name("q"), Name("hi"), l, Name("n"))
	var e error = l
	fmt.Println(e, e.Error())
	names := []Name{"b", "a"}
	sort.Slice(names, func(i, j int) bool { return names[i] < names[j] })
	fmt.Println(names, len(Name("abc")), Name("a")+"b")
	f := l.String
	g := Level.String
	fmt.Println(f(), g(Level(1)))
	var anys []any = []any{l, uint8(3), Name("z"), "z", NotFound, 404}
	for _, a := range anys {
		_, isL := a.(Level)
		_, isU := a.(uint8)
		_, isN := a.(Name)
		_, isS := a.(string)
		_, isC := a.(Code)
		_, isI := a.(int)
		_, isStr := a.(fmt.Stringer)
		_, isErr := a.(error)
		fmt.Println(a, isL, isU, isN, isS, isC, isI, isStr, isErr)
	}
	type pair struct {
		L Level
		N Name
	}
	fmt.Printf("%v %+v\n", pair{2, "p"}, pair{1, "q"})
}
