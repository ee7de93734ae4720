//go:build ignore

// roll.go uses the dice package that only the plugin binary provides.
package main

import (
	"fmt"

	"github.com/socklab/socklab/examples/plugin/dice"
)

func main() {
	fmt.Println("You rolled", dice.Roll(2))
}
