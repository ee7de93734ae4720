// difftest: same
package main

// netflag of chapter 3 of The Go Programming Language: bit flags as
// constants of a named type made with iota, set, cleared and tested with
// bitwise operators; then the powers of 1024 and the weekdays the
// chapter declares with iota, and a String method for the flags.

import (
	"fmt"
	"strings"
)

type Flags uint

const (
	FlagUp           Flags = 1 << iota // is up
	FlagBroadcast                      // supports broadcast access capability
	FlagLoopback                       // is a loopback interface
	FlagPointToPoint                   // belongs to a point-to-point link
	FlagMulticast                      // supports multicast access capability
)

var names = []string{"up", "broadcast", "loopback", "pointtopoint", "multicast"}

func (v Flags) String() string {
	var s []string
	for i, name := range names {
		if v&(1<<uint(i)) != 0 {
			s = append(s, name)
		}
	}
	if len(s) == 0 {
		return "0"
	}
	return strings.Join(s, "|")
}

func IsUp(v Flags) bool     { return v&FlagUp == FlagUp }
func TurnDown(v *Flags)     { *v &^= FlagUp }
func SetBroadcast(v *Flags) { *v |= FlagBroadcast }
func IsCast(v Flags) bool   { return v&(FlagBroadcast|FlagMulticast) != 0 }

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

const (
	_   = 1 << (10 * iota)
	KiB // 1024
	MiB // 1048576
	GiB // 1073741824
	TiB // 1099511627776
)

func main() {
	var v Flags = FlagMulticast | FlagUp
	fmt.Printf("%b %t\n", v, IsUp(v)) // "10001 true"
	TurnDown(&v)
	fmt.Printf("%b %t\n", v, IsUp(v)) // "10000 false"
	SetBroadcast(&v)
	fmt.Printf("%b %t\n", v, IsUp(v))   // "10010 false"
	fmt.Printf("%b %t\n", v, IsCast(v)) // "10010 true"
	fmt.Println(v, Flags(0), FlagLoopback|FlagPointToPoint)
	fmt.Printf("%v %d %s\n", v, v, []Flags{FlagUp, 31})
	fmt.Println(Sunday, Saturday, Weekday(3) == Wednesday)
	fmt.Println(KiB, MiB, GiB, TiB, TiB/GiB)
}
