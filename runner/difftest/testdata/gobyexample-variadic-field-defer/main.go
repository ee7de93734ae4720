// difftest: refused a deferred call of a struct's field of a variadic function type with more arguments than its parameters, which the interpreter stops
package main

import "fmt"

type Logger struct {
	logf func(format string, args ...any)
}

func main() {
	l := Logger{logf: func(format string, args ...any) { fmt.Printf(format+"\n", args...) }}
	defer l.logf("%s=%d", "done", 1)
	l.logf("%s=%d", "start", 0)
}
