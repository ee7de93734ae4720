// difftest: same
package main

import (
	"fmt"
	"log"
	"strconv"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	fmt.Println("start")
	log.Println("to standard error")
	_, err := strconv.Atoi("x")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("never")
}
