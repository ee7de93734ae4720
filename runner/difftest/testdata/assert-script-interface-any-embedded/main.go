// difftest: same
package main

// Assertions to two interfaces the script declares, one embedding the other,
// of an []any's values.

import "fmt"

type Named interface{ Name() string }

type Animal interface {
	Named
	Sound() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Rock struct{ label string }

func (d Dog) Name() string   { return d.name }
func (d Dog) Sound() string  { return "woof" }
func (c *Cat) Name() string  { return c.name }
func (c *Cat) Sound() string { return "meow" }
func (r Rock) Name() string  { return r.label }

func main() {
	zoo := []any{Dog{"rex"}, &Cat{"tom"}, Rock{"pebble"}, 7}
	for _, z := range zoo {
		if a, ok := z.(Animal); ok {
			fmt.Printf("%s says %s\n", a.Name(), a.Sound())
		} else if n, ok := z.(Named); ok {
			fmt.Printf("%s is silent\n", n.Name())
		} else {
			fmt.Println("unknown", z)
		}
	}
}
