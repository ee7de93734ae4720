// difftest: same
// Struct embedding that promotes a method fmt and encoding/json look for:
// a time.Time, a Stringer and an error embedded in a struct print and
// encode as the embedded value.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

type Stamp struct {
	time.Time
	Label string
}

type Level int

func (l Level) String() string { return [...]string{"debug", "info"}[l] }

type Entry struct {
	Level
	Msg string
}

type Failure struct {
	error
	Code int
}

type Dur struct {
	time.Duration
}

func main() {
	s := Stamp{time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC), "x"}
	fmt.Println(s)
	fmt.Printf("%v|%+v|%s\n", s, s, s)
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	e := Entry{1, "hello"}
	fmt.Println(e)
	fmt.Printf("%v %+v %d\n", e, e, e)
	f := Failure{errors.New("disk full"), 28}
	fmt.Println(f)
	fmt.Printf("%v %+v\n", f, f)
	var err2 error = f
	fmt.Println(err2.Error(), errors.Unwrap(err2) == nil)
	d := Dur{1500 * time.Millisecond}
	fmt.Println(d, d.Seconds())
	b, _ = json.Marshal(d)
	fmt.Println(string(b))
	fmt.Println([]Entry{{0, "a"}}, map[string]Dur{"k": {time.Second}})
}
