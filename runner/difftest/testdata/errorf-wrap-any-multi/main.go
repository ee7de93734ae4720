// difftest: same
package main

import (
	"errors"
	"fmt"
)

type A struct{ n int }

func (a A) Error() string { return fmt.Sprint("A", a.n) }

type B struct{ s string }

func (b *B) Error() string { return "B" + b.s }

func main() {
	var x, y any = A{1}, &B{"two"}
	err := fmt.Errorf("both: %w, %w", x, y)
	fmt.Println(err)
	fmt.Println(errors.As(err, new(A)), errors.As(err, new(*B)))
	err2 := fmt.Errorf("%[2]w then %[1]v", x, y)
	fmt.Println(err2, errors.As(err2, new(*B)))
}
