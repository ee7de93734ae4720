// difftest: refused %w of a value that is no error, which fmt names by reflect (%!w(main.Delay={4})), where the interpreter's type has no Go name
package main

import "fmt"

type Delay struct{ Secs int }

func main() {
	d := Delay{4}
	fmt.Println(fmt.Errorf("a %w", d))
	var v any = d
	fmt.Printf("%w\n", v)
	fmt.Println(fmt.Errorf("b %w", v))
}
