// difftest: refused a nil that a call, receive or assertion gives a map's element of an interface type beside another value: the interpreter leaves it out of the map, where Go stores it
package main

import "fmt"

func lookup(name string) (any, bool) { return nil, name != "" }

func main() {
	cache := map[string]any{}
	var ok bool
	cache["nobody"], ok = lookup("nobody")
	fmt.Println(len(cache), ok)
}
