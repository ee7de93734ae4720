// difftest: same
package main

// A tutorial's look at how contexts chain: values stored under keys of an
// unexported type, a cancel and a timeout, and the chain printed by its
// String at each step.

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

type session struct{ user string }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, ctxKey("session"), &session{"ann"})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx)
	tctx, stop := context.WithTimeout(ctx, time.Hour)
	defer stop()
	fmt.Println(tctx.Value(ctxKey("user")), tctx.Value(ctxKey("session")).(*session).user)
}
