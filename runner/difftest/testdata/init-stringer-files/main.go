// difftest: same
package main

import (
	"fmt"

	"github.com/socklab/socklab/runner/difftest/testdata/init-stringer-files/colors"
)

// The package colors sets its variables from values whose String and
// Error methods a later file of it declares.
func main() {
	fmt.Println(colors.Label)
	fmt.Println(colors.Verbs)
	fmt.Println(colors.Fault)
	fmt.Println(colors.Listed)
	fmt.Println(colors.Red, colors.Timeout)
}
