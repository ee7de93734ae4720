// difftest: same
// A table of formats chosen when the program runs, each printed with the
// same values of the script's types: %T, %+v, %#v, widths given as
// arguments, argument indexes, %p, and the errors fmt writes for a
// missing, an extra or a bad argument.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Peer struct {
	Name string
	port int
}

type Tags []string

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	p := Peer{"alice", 8080}
	tags := Tags{"tcp", "udp"}
	formats := []string{
		"%T %+v %#v\n",
		"%v|%-12T|%12T|\n",
		"%[1]T %[1]v %[1]+v\n",
		"%*d|%-*v|\n",
		"%d %s\n",
		"%v\n",
		"%v %v %v %v\n",
		"%!\n",
		"%[5]v %v\n",
		"%.3T %x\n",
	}
	for i, f := range formats {
		fmt.Printf("%d: ", i)
		switch i {
		case 3:
			fmt.Printf(f, 6, Level(1), 8, p)
		default:
			fmt.Printf(f, p, tags, Level(0))
		}
	}
	s := fmt.Sprintf(strings.Repeat("%v ", 2)+"%T", &p, tags, &p)
	fmt.Println(strings.Replace(s, fmt.Sprintf("%p", &p), "PTR", -1))
	fmt.Fprintf(os.Stdout, os.Args[0][:0]+"%#v %v\n", tags, []Level{0, 1})
	var x any = p
	fmt.Println(fmt.Sprintf(strings.ToLower("%T %+V"), x, x))
	same := fmt.Sprintf(formats[0], p, p, p) == fmt.Sprintf("%T %+v %#v\n", p, p, p)
	fmt.Println("same as a constant:", same)
}
