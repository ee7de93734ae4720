// difftest: same
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Name string

type Celsius float64

type point struct{ x, y int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("base#%d", b.ID) }

type Derived struct {
	Base
	Tag string
}

type Node struct {
	Val  int
	Next *Node
}

type Job struct {
	Name    string
	Level   Level
	level   Level
	Took    time.Duration
	Tags    map[string]Level
	Parts   []point
	private *point
}

type ErrCode struct{ Code int }

func (e *ErrCode) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprint("ptr ", p.N) }

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

func main() {
	j := Job{Name: "build", Level: 2, level: 1, Took: 1500 * time.Millisecond,
		Tags: map[string]Level{"b": 1, "a": 0}, Parts: []point{{1, 2}}}
	fmt.Println(j.Level, j.Tags, j.Parts)
	fmt.Printf("%v\n%+v\n", j.Tags, j.Parts)
	fmt.Printf("%d %x %q %5s|%-6v|\n", j.Level, j.Level, j.Level, j.Level, j.Level)
	fmt.Printf("%T %T %T %T %T\n", j, &j, j.Tags, j.Parts, Pair[string, Level]{})
	fmt.Printf("%-12T|%12T|\n", Name("x"), Celsius(1))
	fmt.Printf("%#v %#v %#v\n", Name("ann"), Celsius(21.5), point{3, 4})
	fmt.Printf("%#v\n", []point{{1, 2}})
	fmt.Printf("%#v\n", map[Name]point{"a": {1, 2}})
	fmt.Printf("%#v\n", Pair[string, int]{"k", 1})
	fmt.Printf("%+v\n", Pair[Name, Level]{"k", 1})
	fmt.Println(Derived{Base{7}, "t"}, []Derived{{Base{8}, "u"}})
	fmt.Printf("%+v %v\n", Node{1, nil}, &Node{2, nil})
	fmt.Printf("%s %q\n", Name("bob"), Name("bob"))
	fmt.Print(Name("a"), Name("b"), 3, 4, Level(1), "\n")
	fmt.Print(point{1, 2}, point{3, 4}, "\n")
	fmt.Println(&ErrCode{3}, []*ErrCode{{4}})
	fmt.Println(Ptr{1}, &Ptr{2}, []*Ptr{{3}})
	fmt.Printf("%v %#v %s\n", Secret("x"), Secret("x"), []Secret{"y"})
	fmt.Printf("%6.2f|%v|%08.3f\n", Celsius(21.456), []Celsius{1.5}, Celsius(3))
	var np *point
	var nn *Ptr
	fmt.Println(np, nn == nil)
	fmt.Printf("%v %+v %d\n", [2]Level{1, 2}, struct{ L Level }{2}, []Level{0, 2})
	s := fmt.Sprintf("%v|%s", j.Tags, Level(0))
	fmt.Println(s, len(s))
	err := fmt.Errorf("job %v failed at %s: %w", j.Parts, Level(2), &ErrCode{9})
	var ec *ErrCode
	fmt.Println(err, errors.As(err, &ec), ec.Code)
	l := log.New(os.Stdout, "[job] ", 0)
	l.Println("level", j.Level, j.Tags)
	l.Printf("%v and %+v", Level(2), point{5, 6})
	l.Print(Name("a"), Name("b"), Level(0))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std", []Level{1}, Derived{Base{1}, "x"})
	fmt.Fprintln(os.Stdout, map[Level]string{2: "two", 0: "zero"})
	b := fmt.Appendf(nil, "%v", []Level{2})
	fmt.Println(string(b))
}
