// difftest: same
package main

import "fmt"

// A const block whose middle spec names a constant declared further
// down the file: iota still counts every spec, and starts again at 0 in
// the next block.
const (
	Small  = iota
	Medium = Limit
	Large  = iota
	Huge
)

const (
	Min = iota
	Max = Limit
)

const (
	North = iota
	East
	South
	West
)

type Level int

const (
	Debug Level = iota
	Info
	Warn  Level = Base
	Error Level = iota
	Fatal
)

func (l Level) String() string {
	names := map[Level]string{Debug: "DEBUG", Info: "INFO", Error: "ERROR", Fatal: "FATAL"}
	if n, ok := names[l]; ok {
		return n
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

const Limit = 5

const Base = 10

func main() {
	fmt.Println(Small, Medium, Large, Huge)
	fmt.Println(Min, Max, North, East, South, West)
	fmt.Println(Debug, Info, Warn, Error, Fatal)
	fmt.Printf("%d %d %d %d %d\n", Debug, Info, Warn, Error, Fatal)
}
