// difftest: same
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("GET /index.html", " ")
	fmt.Println("method:", parts[0])
	fmt.Println("path:", parts[1])
	fmt.Println("version:", parts[2])
}
