// difftest: same

package main

// A call's result of a type on a basic type with methods of its own
// (a MarshalJSON, a Next), handed straight to the program's own functions
// that take an any: %T names the type and encoding/json calls the method,
// as for a variable, a conversion or a channel's value.

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }
func temp() Temp                            { return 21.5 }

type Mode uint8

func (m Mode) Next() Mode { return m + 1 }
func mode() Mode          { return 2 }

type Pair struct{ A, B int }

func (p Pair) Sum() int { return p.A + p.B }
func pair() Pair        { return Pair{1, 2} }

func kind(v any) string { return fmt.Sprintf("%T", v) }
func enc(v any) string  { b, _ := json.Marshal(v); return string(b) }

func main() {
	t := temp()
	fmt.Println(kind(t), kind(Temp(1)), kind(temp()))
	fmt.Println(enc(t), enc(Temp(1)), enc(temp()))
	m := mode()
	fmt.Println(kind(m), kind(Mode(1)), kind(mode()))
	fmt.Println(kind(pair()), enc(pair()))
	var x any = temp()
	fmt.Println(kind(x), enc(x))
	ch := make(chan any, 1)
	ch <- temp()
	fmt.Println(kind(<-ch))
}
