// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type key struct{}

type reqID int

type user struct {
	Name string
	age  int
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	base := context.WithValue(context.Background(), key{}, reqID(7))
	ctx := context.WithValue(base, reqID(1), &user{"ann", 3})
	ctx = context.WithValue(ctx, "plain", 42)
	fmt.Println(ctx)
	log.Println(ctx)
	fmt.Printf("%v|%s|%q\n", base, base, base)
	cctx, cancel := context.WithCancelCause(ctx)
	fmt.Println(cctx)
	wc := context.WithoutCancel(cctx)
	fmt.Println(wc)
	dctx, stop := context.WithDeadline(cctx, time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC))
	defer stop()
	fmt.Println(dctx.Value(key{}), dctx.Value(reqID(1)).(*user).Name, dctx.Value("plain"))
	cancel(errors.New("shutdown"))
	<-dctx.Done()
	fmt.Println(dctx.Err(), context.Cause(dctx), wc.Err())
	s := fmt.Sprint(ctx)
	fmt.Println(len(s))
	local()
}

func local() {
	type tag string
	ctx := context.WithValue(context.TODO(), tag("t"), struct{ N int }{1})
	fmt.Println(ctx)
}
