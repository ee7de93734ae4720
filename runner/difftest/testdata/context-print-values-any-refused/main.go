// difftest: refused a context's String names a value of an any parameter by its runtime type, which under the interpreter is not the script's type's name
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type conf struct{ N int }

func with(ctx context.Context, v any) context.Context {
	return context.WithValue(ctx, ctxKey("v"), v)
}

func main() {
	ctx := with(context.Background(), conf{3})
	fmt.Println(ctx)
}
