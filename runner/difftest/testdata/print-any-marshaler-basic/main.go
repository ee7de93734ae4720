// difftest: same

package main

// Values of types on basic types and structs with a MarshalJSON or
// MarshalText method, held in an any and printed: fmt calls neither, so
// Go prints the value itself, where the interpreter's wrapper for those
// methods showed its own fields.

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

type Code string

func (c Code) MarshalText() ([]byte, error) { return []byte("code-" + string(c)), nil }

type Reading struct{ Sensor string }

func (r Reading) MarshalJSON() ([]byte, error) { return json.Marshal("sensor " + r.Sensor) }

func main() {
	var t any = Temp(21.5)
	var c any = Code("x7")
	var r any = Reading{"s1"}
	fmt.Println(t, c, r)
	fmt.Printf("%v %v %+v %T %T\n", t, c, r, t, c)
	all := []any{Temp(3), Code("y"), Reading{"s2"}}
	fmt.Println(all...)
	fmt.Println(all)
	b, _ := json.Marshal(all)
	fmt.Println(string(b))
}
