// difftest: refused a context's String calls the String method of a struct value, which the interpreter hands it without its methods
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func (k ctxKey) String() string { return "key:" + string(k) }

type sess struct{ id int }

func (s *sess) String() string { return fmt.Sprint("sess#", s.id) }

type val struct{ n int }

func (v val) String() string { return fmt.Sprint("val#", v.n) }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, "s", &sess{4})
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, ctxKey("v"), val{5})
	fmt.Println(ctx)
}
