// difftest: same
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func (k ctxKey) String() string { return "key:" + string(k) }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(ctx)
}
