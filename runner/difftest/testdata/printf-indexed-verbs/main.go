// difftest: same
// Formats that name their arguments by index, as a report prints one
// value several ways ("%[1]T %[1]v %+[1]v") or reorders them: the
// script's types print with Go's names, fields and String methods.
package main

import (
	"errors"
	"fmt"
)

type Status int

func (s Status) String() string { return [...]string{"down", "up"}[s] }

type Host struct {
	Name   string
	status Status
	Port   int
}

type DownError struct{ Host string }

func (e *DownError) Error() string { return e.Host + " is down" }

func check(h Host) error {
	if h.status == 0 {
		return &DownError{h.Name}
	}
	return nil
}

func main() {
	hosts := []Host{{"alpha", 1, 80}, {"beta", 0, 443}}
	for i, h := range hosts {
		fmt.Printf("%[1]d: %[2]T %[2]v %+[2]v\n", i, h)
		fmt.Printf("%[2]s:%[3]d is %[1]v (%[1]d)\n", h.status, h.Name, h.Port)
		if err := check(h); err != nil {
			fmt.Printf("%[1]T: %[1]v; %[2]q\n", err, h.Name)
			var de *DownError
			fmt.Println(errors.As(err, &de), de.Host)
		}
	}
	var any1 any = hosts[0]
	fmt.Printf("%[1]T %#[1]v\n", any1)
	fmt.Printf("%[1]*[2]d|%-[1]*[3]v|\n", 6, 42, Status(1))
	fmt.Println(fmt.Sprintf("%[2]v before %[1]v", hosts[0], hosts[1]))
}
