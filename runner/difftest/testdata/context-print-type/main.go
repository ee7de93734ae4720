// difftest: refused %T of a context that context.WithValue made with a key of the script's type, which under socklab is not Go's context type
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Printf("%T %v\n", ctx, ctx)
}
