// difftest: same
package main

import (
	"errors"
	"fmt"
)

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type PBase struct{ ID int }

func (b *PBase) String() string { return fmt.Sprintf("PBase#%d", b.ID) }

// The String of an embedded type is promoted to the struct's method set:
// by value and by pointer, and of *PBase only to *PtrRecv's.
type ByValue struct {
	Base
	Name string
}

type ByPointer struct {
	*Base
	Name string
}

type PtrRecv struct {
	PBase
	Name string
}

type PtrRecvPtr struct {
	*PBase
	Name string
}

// An embedded interface promotes its methods too.
type Iface struct {
	fmt.Stringer
	N int
}

type Err struct {
	error
	Code int
}

type Both struct {
	Base
	error
}

type Lbl string

func (l Lbl) String() string { return "lbl:" + string(l) }

func main() {
	items := []any{
		ByValue{Base{1}, "a"},
		&ByValue{Base{2}, "b"},
		ByPointer{&Base{3}, "c"},
		PtrRecv{PBase{4}, "d"},
		&PtrRecv{PBase{5}, "e"},
		PtrRecvPtr{&PBase{6}, "f"},
		Iface{Base{7}, 1},
		Iface{Lbl("x"), 2},
		Err{errors.New("boom"), 3},
		&Err{errors.New("bang"), 4},
		Both{Base{8}, errors.New("both")},
	}
	for _, it := range items {
		fmt.Println(it)
		fmt.Printf("%v|%s|%+v\n", it, it, it)
	}
	ch := make(chan any)
	go func() {
		ch <- ByValue{Base{9}, "g"}
		ch <- Iface{Base{10}, 3}
		ch <- Err{errors.New("chan"), 5}
		ch <- &PtrRecv{PBase{11}, "h"}
		close(ch)
	}()
	for x := range ch {
		fmt.Println(x)
	}
	var s fmt.Stringer = ByValue{Base{12}, "i"}
	fmt.Println(s)
	var e error = Err{errors.New("err"), 6}
	fmt.Println(e)
	fmt.Printf("%v %+v\n", e, e)
}
