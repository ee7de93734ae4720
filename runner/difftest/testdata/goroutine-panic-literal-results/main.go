// difftest: same
// stderr: panic
package main

// A function literal with results started as a goroutine (its results are
// dropped, as Go drops them) that parses configuration lines and panics
// with the program's Status type on a line it cannot use. Its deferred
// call prints first; Go's report names the value with its type's String:
// "panic: status 7 (bad line)".

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Status int

func (s Status) String() string { return "status " + strconv.Itoa(int(s)) + " (bad line)" }

func main() {
	lines := []string{"port=8080", "workers=4", "debug"}
	go func() (n int, err error) {
		defer func() { fmt.Println("parsed", n, "lines") }()
		for _, l := range lines {
			key, value, ok := strings.Cut(l, "=")
			if !ok {
				panic(Status(7))
			}
			fmt.Println(key, "is", value)
			n++
		}
		return n, nil
	}()
	time.Sleep(time.Second) // the parser's panic ends the program first
	fmt.Println("not reached")
}
