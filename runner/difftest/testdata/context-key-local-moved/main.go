// difftest: same
// A request handler keeps the user under a key of a type declared inside
// main, and a careless lookup asks with a plain string: Go finds nothing
// there, as the types differ. socklab moves the key's type to the top
// level, where the interpreter keeps it a type of its own.
package main

import (
	"context"
	"fmt"
)

func handle(ctx context.Context, lookup func(context.Context) any) {
	fmt.Printf("user=%v\n", lookup(ctx))
}

func main() {
	type ctxKey string
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	handle(ctx, func(c context.Context) any { return c.Value(ctxKey("user")) })
	handle(ctx, func(c context.Context) any { return c.Value("user") })
	fmt.Println(ctx)
}
