// difftest: same
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Celsius float64

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, rt := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %v | %T | %v %v\n", name, r, r, rt, isErr)
		if isErr {
			fmt.Println("  ", err.Error(), errors.Unwrap(err) == nil)
		}
	}()
	f()
}

func main() {
	var s Shape = Square{2}
	var c Shape = &Circle{1}
	var nilShape Shape
	var e error = &MyErr{7}
	var pe error = os.ErrNotExist
	var x any = Celsius(3)
	try("square as circle", func() { _ = s.(*Circle) })
	try("circle as square", func() { _ = c.(Square) })
	try("nil shape", func() { _ = nilShape.(Square) })
	try("myerr as path error", func() { _ = e.(*os.PathError) })
	try("errnotexist as myerr", func() { _ = pe.(*MyErr) })
	try("celsius as float64", func() { fmt.Println(x.(float64)) })
	try("celsius ok", func() { fmt.Println(x.(Celsius)) })
	try("int as string", func() {
		var v any = 42
		for i := 0; i < 2; i++ {
			fmt.Println(v.(int) + i)
		}
		_ = v.(string)
	})
	m := map[string]any{"a": []int{1}, "b": map[string]int{}}
	try("slice as map", func() { _ = m["a"].(map[string]int) })
	try("map as slice", func() { _ = m["b"].([]int) })
	try("struct ptr", func() { var a any = &Square{1}; _ = a.(Square) })
}
