// difftest: refused %w of an any that may hold a type that is no error, which fmt names by reflect (%!w(main.localErr={3})), where the interpreter's type has no Go name
package main

import "fmt"

func main() {
	type localErr struct{ n int }
	var v any = localErr{3}
	fmt.Println(fmt.Errorf("x: %w", v))
}
