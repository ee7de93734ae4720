// difftest: same
// Go by Example, Enums, taken further: a weekday with String and methods,
// a parser of names, bit flags from iota shifts with their own String,
// and sizes from iota.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func ParseWeekday(s string) (Weekday, error) {
	for i, n := range names {
		if strings.EqualFold(n, s) {
			return Weekday(i), nil
		}
	}
	return 0, fmt.Errorf("unknown weekday %q", s)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v(%d) weekend=%t next=%s\n", d, d, d.Weekend(), d.Next())
	}
	fmt.Println(Weekday(9), Weekday(-1))
	d, err := ParseWeekday("wed")
	fmt.Println(d, err)
	_, err = ParseWeekday("xyz")
	fmt.Println(err)
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read, p|Write)
	fmt.Printf("%v %d %b %08b\n", p, p, p, p)
	fmt.Println(KB, MB, GB)
	b, _ := json.Marshal(map[string]any{"day": Friday, "perm": p})
	fmt.Println(string(b))
	days := []Weekday{Friday, Monday}
	fmt.Println(days, fmt.Sprintf("%v|%s|%d", days, days, days))
	switch d {
	case Saturday, Sunday:
		fmt.Println("weekend")
	case Wednesday:
		fmt.Println("hump day")
	}
	type state int
	const (
		idle state = iota
		running
	)
	fmt.Println(idle, running)
}
