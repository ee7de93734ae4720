// difftest: refused a type declared inside a function with the name of a type of the top level that has methods: the interpreter took the local type for the other, and printed it with the other's String method
package main

import "fmt"

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

func raw() {
	type Temp struct{ C float64 }
	fmt.Println(Temp{21.5})
}

func main() {
	raw()
	fmt.Println(Temp{19})
}
