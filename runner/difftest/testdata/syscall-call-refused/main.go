// difftest: refused syscall's functions are refused without --allow-unsafe (its constants are offered)
package main

import (
	"fmt"
	"syscall"
)

func main() {
	fmt.Println(syscall.Getpid() > 0, syscall.SIGTERM)
}
