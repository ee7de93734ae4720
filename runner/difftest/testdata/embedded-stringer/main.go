// difftest: same
package main

import "fmt"

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type User struct {
	Base
	Name string
}

func main() {
	u := User{Base{7}, "ann"}
	fmt.Println(u)
	fmt.Printf("%v|%s\n", u, u)
	fmt.Println(u.String(), u.Name)
}
