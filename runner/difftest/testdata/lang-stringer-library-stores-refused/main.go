// difftest: refused the interpreter hands a value of a type on int with String and other methods to sync.Map, list and context as a bare int, and fmt prints the number that comes back

// A type on int with a String method and another one, kept in a sync.Map,
// a list and a context, and printed when it comes back.
package main

import (
	"container/list"
	"context"
	"fmt"
	"sync"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func (l Level) Up() Level { return min(l+1, 2) }

type levelKey struct{}

func main() {
	var levels sync.Map
	levels.Store("disk", Level(0).Up())
	levels.Store("cpu", Level(2))
	for _, name := range []string{"cpu", "disk"} {
		v, _ := levels.Load(name)
		fmt.Println(name, v)
	}
	history := list.New()
	history.PushBack(Level(0))
	history.PushBack(Level(1).Up())
	for e := history.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(history.Len())
	ctx := context.WithValue(context.Background(), levelKey{}, Level(1))
	fmt.Println("context:", ctx.Value(levelKey{}))
}
