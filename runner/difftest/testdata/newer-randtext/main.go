// difftest: same
package main

import (
	"crypto/rand"
	"fmt"
)

func main() {
	s := rand.Text()
	fmt.Println(len(s))
}
