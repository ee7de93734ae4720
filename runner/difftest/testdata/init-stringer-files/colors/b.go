package colors

import "fmt"

// Color is a colour of a traffic light.
type Color uint8

const (
	Red Color = iota + 1
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

// Code is an error of the protocol.
type Code int

const Timeout Code = 408

func (c Code) Error() string { return fmt.Sprintf("error %d", int(c)) }
