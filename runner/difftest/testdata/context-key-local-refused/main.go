// difftest: refused a context key of a type on string declared inside a function that socklab leaves there (another function declares a type of its name), beside a string key: the interpreter makes the type string at run time, so the context would find the value under either
package main

import (
	"context"
	"fmt"
)

func trace(ctx context.Context) context.Context {
	type ctxKey int
	return context.WithValue(ctx, ctxKey(1), "trace-1")
}

func main() {
	type ctxKey string
	ctx := context.WithValue(trace(context.Background()), ctxKey("user"), "ann")
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value("user"))
}
