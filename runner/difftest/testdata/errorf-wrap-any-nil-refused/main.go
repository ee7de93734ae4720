// difftest: refused %w of an any that may hold a nil pointer of the script's error type, which the interpreter hands fmt.Errorf without its Error method
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil E"
	}
	return e.msg
}

func find(ok bool) any {
	var p *E
	if !ok {
		p = &E{"missing"}
	}
	return p
}

func main() {
	fmt.Println(fmt.Errorf("a: %w", find(true)))
	fmt.Println(fmt.Errorf("b: %w", find(false)))
}
