// difftest: same
package main

// A function literal that assigns struct literals of types with methods
// (a Stringer, an error) to variables of the function around it, of
// interface types and of the struct types themselves.

import (
	"errors"
	"fmt"
)

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type ParseErr struct{ Line int }

func (e ParseErr) Error() string { return fmt.Sprint("parse error on line ", e.Line) }

func main() {
	var s fmt.Stringer
	var v any
	var err error
	func() {
		s = Temp{21.5}
		v = Temp{3}
		err = ParseErr{7}
	}()
	fmt.Println(s, v, err)
	var pe ParseErr
	fmt.Println(errors.As(err, &pe), pe.Line)
	var t Temp
	func() { t = Temp{C: -4} }()
	fmt.Println(t, t.String())
	var st struct {
		Name string
		T    Temp
	}
	func() {
		st = struct {
			Name string
			T    Temp
		}{"x", Temp{1}}
	}()
	fmt.Println(st)
}
