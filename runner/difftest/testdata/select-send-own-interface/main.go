// difftest: same
package main

import (
	"fmt"
	"strings"
	"time"
)

type describer interface{ String() string }

type job struct{ id int }

func (j job) String() string { return fmt.Sprintf("job %d", j.id) }

func main() {
	items := make(chan describer, 4)
	d := 90 * time.Second
	var sb strings.Builder
	sb.WriteString("builder")
	select {
	case items <- d:
	}
	select {
	case items <- &sb:
	}
	select {
	case items <- time.Minute:
	}
	select {
	case items <- job{7}:
	}
	for i := 0; i < 4; i++ {
		fmt.Println(<-items)
	}
	anon := make(chan interface{ String() string }, 1)
	select {
	case anon <- time.Duration(1500) * time.Millisecond:
	}
	fmt.Println(<-anon)
}
