// difftest: same
package main

import "fmt"

func lookup(name string) (any, bool) { return nil, name != "" }

func main() {
	cache := map[string]any{}
	var ok bool
	cache["nobody"], ok = lookup("nobody")
	fmt.Println(len(cache), ok)
}
