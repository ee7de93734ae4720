// difftest: refused %w of an any that may hold a generic error type of the script, which the interpreter hands fmt.Errorf without its Error method
package main

import "fmt"

type KeyErr[K comparable] struct{ Key K }

func (e KeyErr[K]) Error() string { return fmt.Sprint("no key ", e.Key) }

func lookup[K comparable](k K) any { return KeyErr[K]{k} }

func main() {
	fmt.Println(fmt.Errorf("x: %w", lookup("a")))
}
