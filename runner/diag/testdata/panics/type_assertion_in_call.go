// want 11:30 panic: interface conversion: .*int, not string
package main

import (
	"fmt"
	"strings"
)

func main() {
	var v any = 7
	fmt.Println(strings.ToUpper(v.(string)))
}
