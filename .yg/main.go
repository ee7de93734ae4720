package main

import (
	"fmt"
	"os"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func main() {
	i := interp.New(interp.Options{Stdout: os.Stdout, Stderr: os.Stderr})
	i.Use(stdlib.Symbols)
	src, _ := os.ReadFile(os.Args[1])
	if _, err := i.Eval(string(src)); err != nil {
		fmt.Println("ERR:", err)
		os.Exit(1)
	}
}
