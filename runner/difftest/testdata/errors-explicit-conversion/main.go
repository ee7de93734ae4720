// difftest: same
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func report(err error) { fmt.Println("report:", err) }

func find(ok bool) error {
	if !ok {
		return error(&MyErr{404})
	}
	return nil
}

func main() {
	var e error = error(&MyErr{3})
	report(e)
	report(error(&MyErr{2}))
	es := []error{error(&MyErr{4}), errors.New("x")}
	fmt.Println(es)
	fmt.Println(find(false), find(true))
}
