// difftest: same
// %T and reflect name a context that context.WithValue made with a key or
// a value of the script's type *context.valueCtx, as Go does, through a
// value of type any too, and its children by their own types.
package main

import (
	"context"
	"fmt"
	"reflect"
	"time"
)

type ctxKey string

type key int

const (
	userKey key = iota
	traceKey
)

type session struct {
	id   int
	user string
}

func describe(v any) string { return fmt.Sprintf("%T", v) }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Printf("%T %v\n", ctx, ctx)
	fmt.Println(reflect.TypeOf(ctx), reflect.TypeOf(ctx).Kind())

	c := context.WithValue(context.Background(), userKey, &session{1, "ann"})
	c = context.WithValue(c, traceKey, "t-1")
	fmt.Println(describe(c))
	c2, cancel := context.WithCancel(c)
	defer cancel()
	fmt.Printf("%T|%v\n", c2, c2)
	c3, cancel3 := context.WithTimeout(c2, time.Hour)
	defer cancel3()
	fmt.Printf("%T\n", c3)
	fmt.Println(c2.Value(userKey).(*session).user, c3.Value(traceKey))
	m := map[string]any{"ctx": c}
	fmt.Printf("%T %v\n", m["ctx"], c)
}
