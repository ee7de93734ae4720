// difftest: refused %#v of a context that context.WithValue made with a key of the script's type, whose fields under socklab are not those of Go's context type
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Printf("%#v\n", ctx)
}
