// difftest: refused the interpreter makes type Set map[string]bool, a type with methods, one type with map[string]bool at run time, so reflect.DeepEqual of their values taken out of its wrappers could not tell them apart
package main

// reflect.DeepEqual of a value of a type declared on a map, with methods,
// and a plain map of the same form: Go tells the types apart.

import (
	"fmt"
	"reflect"
)

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }

func main() {
	var a any = Set{"x": true}
	var b any = map[string]bool{"x": true}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, Set{"x": true}))
}
