// difftest: same
package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint(e.n) }

func main() {
	err := error(E{1})
	p := error(&E{2})
	fmt.Println(err, p, fmt.Stringer(nil))
}
