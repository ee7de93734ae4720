// difftest: refused an any that may hold a value of Go's library (a time.Duration) with the methods of an interface the script declares, which the interpreter's assertion never matches
package main

import (
	"fmt"
	"time"
)

// Span is met by the script's Shift and by Go's time.Duration alike.
type Span interface {
	Hours() float64
	String() string
}

type Shift struct{ From, To int }

func (s Shift) Hours() float64 { return float64(s.To - s.From) }
func (s Shift) String() string { return fmt.Sprintf("%d-%d", s.From, s.To) }

func main() {
	for _, v := range []any{Shift{9, 17}, 90 * time.Minute, "lunch"} {
		if s, ok := v.(Span); ok {
			fmt.Printf("%s: %.1f hours\n", s, s.Hours())
		} else {
			fmt.Println("not a span:", v)
		}
	}
}
