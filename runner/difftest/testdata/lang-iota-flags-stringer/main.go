// difftest: same
package main

// const and iota as tutorials use them: skipped values, expressions of
// iota, bit flags with a String method joining the set names, a weekday
// enum with String on a value receiver, byte sizes with shifts, typed and
// untyped constants, and the enums printed by %v %d %s %q %x and in maps.

import (
	"fmt"
	"sort"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

var permNames = map[Perm]string{Read: "r", Write: "w", Exec: "x", Admin: "A"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for b := Perm(1); b != 0; b <<= 1 {
		if p&b != 0 {
			if n, ok := permNames[b]; ok {
				parts = append(parts, n)
			} else {
				parts = append(parts, fmt.Sprintf("bit%d", b))
			}
		}
	}
	return strings.Join(parts, "|")
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday = iota * 10
	Friday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", len(e)
)

const huge = 1 << 100

func main() {
	fmt.Println(Read, Write, Exec, Admin, Read|Exec, Perm(0), Perm(8), Perm(255))
	fmt.Printf("%v %d %s %q %x %08b\n", Write|Admin, Write|Admin, Exec, Exec, Admin, Read|Write|Exec)
	fmt.Println(Sunday, Monday, Thursday, Friday, Weekday(2))
	fmt.Printf("%v %d %+v %#v\n", Friday, Friday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB, GB/MB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(huge>>98, float64(huge) > 1e30)
	counts := map[Weekday]int{Monday: 2, Sunday: 1, Friday: 5}
	fmt.Println(counts)
	days := make([]Weekday, 0, len(counts))
	for d := range counts {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] > days[j] })
	fmt.Println(days)
	perms := []Perm{Admin, Read | Write, 0}
	fmt.Printf("%v %s %d\n", perms, perms, perms)
	type pair struct {
		P Perm
		D Weekday
	}
	fmt.Printf("%v %+v\n", pair{Exec, Monday}, []pair{{Read, Sunday}})
	var x uint8 = 200
	x += 100
	fmt.Println(x, ^uint8(0), -7/2, -7%3, 7>>1, -7>>1)
}
