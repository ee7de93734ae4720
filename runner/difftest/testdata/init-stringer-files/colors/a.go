package colors

import "fmt"

// Set while the package initialises, before b.go's declarations.
var (
	Label  = fmt.Sprint(Red)
	Verbs  = fmt.Sprintf("%v %s %d %q %+v", Green, Green, Green, Green, []Color{Red, Green})
	Fault  = fmt.Errorf("read: %w", Timeout).Error()
	Listed = fmt.Sprintln(Red, Timeout, map[Color]string{Green: "go"})
)
