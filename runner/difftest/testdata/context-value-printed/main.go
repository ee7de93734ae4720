// difftest: same
package main

// Request-scoped values carried by context.WithValue with keys of the
// program's own types (a string type and an empty struct), then the
// context printed for debugging: Go names each key by its type
// (context.Background.WithValue(main.userKey, ann)...).

import (
	"context"
	"fmt"
)

type userKey string

type traceKey struct{}

func handle(ctx context.Context) {
	user, _ := ctx.Value(userKey("user")).(string)
	trace, _ := ctx.Value(traceKey{}).(int)
	fmt.Println("user", user, "trace", trace)
	fmt.Println("ctx:", ctx)
}

func main() {
	ctx := context.WithValue(context.Background(), userKey("user"), "ann")
	ctx = context.WithValue(ctx, traceKey{}, 7)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	handle(ctx)
}
