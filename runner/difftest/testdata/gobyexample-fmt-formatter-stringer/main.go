// difftest: same
// Printing values of the program's own types: a String method on a value
// or a pointer receiver, a Format method that reads the flags and width
// of fmt.State, a GoString method, and structs that hold them.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr#", p.n) }

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d}", m.Cents)
			return
		}
		w, ok := f.Width()
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if ok {
			fmt.Fprintf(f, "%*s", w, s)
			return
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type Inner struct{ T Temp }
type Outer struct {
	Inner
	P   *PtrStr
	E   error
	Tmp []Temp
}

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f %q %x %10v| %-10s|\n", t, t, t, t, t, t, t, t)
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, []*PtrStr{&p})
	m := Money{1234}
	fmt.Printf("%v|%+v|%d|%10v|%x|%s\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{{5}, {100}})
	fmt.Printf("%#v %v %+v\n", G{1}, G{1}, G{1})
	o := Outer{Inner{5}, &p, errors.New("bad"), []Temp{3}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(o.T, o.Inner)
	fmt.Printf("%v %d %s %q %x %08v\n", High, High, Low, High, High, Low)
	fmt.Printf("%T %T %T %T\n", t, &p, m, []Level{})
	fmt.Printf("%#v %#v %#v\n", t, Low, Inner{1})
	var np *PtrStr
	fmt.Printf("[%v] [%s]\n", np, np)
	var s fmt.Stringer = t
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(fmt.Sprint(High, Low), fmt.Sprint("a", High, 1, 2))
	fmt.Printf("%v %v\n", map[Level]Temp{High: 1, Low: 2}, struct {
		L Level
		T *Temp
	}{High, &t})
	fmt.Printf("%s\n", []error{errors.New("x"), nil})
	fmt.Printf("%v %+v\n", [2]Level{}, map[string]Money{"a": {1}})
}
