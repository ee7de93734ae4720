// difftest: same
package main

import "fmt"

// Closed says a connection was closed.
type Closed struct{}

func (*Closed) Error() string { return "closed" }

func main() {
	var err error = (*Closed)(nil)
	fmt.Println(err == nil)
}
