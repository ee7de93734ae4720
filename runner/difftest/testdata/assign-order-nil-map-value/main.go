// difftest: same
package main

// A cache of the last reading per sensor, filled from pointers that a
// lookup returns (a sensor that was never read returns a nil pointer) or
// from a list by position. Go evaluates the value before it stores it:
// *p of a nil p panics with the nil dereference and an index out of
// range with its own error, before a nil map's "assignment to entry in
// nil map", as a recover sees; where no recover sees it, the program
// ends with exit status 2 and prints nothing more (the interpreter
// stored nothing, and went on).

import "fmt"

type reading struct{ celsius float64 }

var last = map[string]*reading{"hall": {21.5}, "attic": {30.25}}

func lookup(name string) *reading { return last[name] }

func remember(cache map[string]reading, name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("remember %s: %v", name, r)
		}
	}()
	p := lookup(name)
	cache[name] = *p
	return nil
}

func fromList(cache map[string]reading, name string, list []reading, i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fromList %s: %v", name, r)
		}
	}()
	cache[name] = list[i]
	return nil
}

func main() {
	cache := map[string]reading{}
	fmt.Println(remember(cache, "hall"), cache)
	fmt.Println(remember(cache, "cellar"), cache)
	var none map[string]reading
	fmt.Println(remember(none, "cellar"))
	fmt.Println(remember(none, "attic"))
	list := []reading{{18}, {19.5}}
	fmt.Println(fromList(none, "porch", list, 2))
	fmt.Println(fromList(none, "porch", list, 1))
	fmt.Println(fromList(cache, "porch", list, 1), cache)

	cache["cellar"] = reading{9}
	p := lookup("cellar")
	cache["cellar"] = *p
	fmt.Println("not reached:", cache)
}
