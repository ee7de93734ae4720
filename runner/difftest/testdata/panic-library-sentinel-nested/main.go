// difftest: same
package main

import (
	"context"
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r == context.Canceled, r)
		defer func() { fmt.Println("inner", recover() == os.ErrNotExist) }()
		panic((os.ErrNotExist))
	}()
	panic(context.Canceled)
}
