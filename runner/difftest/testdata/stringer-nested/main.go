// difftest: same
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Alert struct {
	Msg   string
	Level Level
}

func main() {
	fmt.Println(Alert{"disk", 2})
	fmt.Println([]Level{0, 1, 2})
	fmt.Println(map[string]Level{"a": 1})
}
