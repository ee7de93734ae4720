// difftest: same
// An error of a value type with a Format method wrapped by fmt.Errorf's %w
// and found again by errors.As.
package main

import (
	"errors"
	"fmt"
)

type DetailErr struct {
	Msg    string
	Detail string
}

func (d DetailErr) Error() string { return d.Msg }

func (d DetailErr) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('+'):
		fmt.Fprintf(f, "%s (%s)", d.Msg, d.Detail)
	default:
		fmt.Fprint(f, d.Msg)
	}
}

func main() {
	e := DetailErr{"open failed", "permission denied on /etc/x"}
	fmt.Printf("%v\n%+v\n%s\n", e, e, e)
	w := fmt.Errorf("load: %w", e)
	fmt.Printf("%v\n%+v\n", w, w)
	var d DetailErr
	fmt.Println(errors.As(w, &d), d.Detail)
	fmt.Println([]error{e, w})
}
