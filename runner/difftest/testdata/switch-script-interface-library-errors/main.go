// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Temp float64

func (r *Rect) Area() float64   { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (t Temp) String() string   { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of " + strconv.Itoa(len(v))
	case []int:
		return fmt.Sprint("ints ", len(v))
	case map[string]int:
		return fmt.Sprint("map ", len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return "a shape"
	case func() int:
		return fmt.Sprint("func ", v())
	case chan int:
		return fmt.Sprint("chan ", cap(v))
	default:
		return fmt.Sprintf("other %v", v)
	}
}

func main() {
	var nilShape Shape
	var nilErr error
	xs := []any{nil, 1, int64(2), "abc", []int{1, 2}, map[string]int{"a": 1}, io.EOF, errors.New("x"),
		Temp(21.5), &Rect{2, 3}, Rect{1, 1}, &Circle{1}, Circle{1}, func() int { return 7 }, make(chan int, 3),
		3.5, nilShape, nilErr, &net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, [2]int{1, 2}, struct{}{}}
	for i, x := range xs {
		fmt.Println(i, describe(x))
	}
}
