// difftest: same
package main

// What fmt prints for things students compare: a nil slice and an empty
// one, a nil map and maps printed with keys sorted, errors from
// fmt.Errorf compared with == (never equal) and with errors.Is, switch
// cases that do not fall through, time.Duration arithmetic mistakes, and
// strconv.Atoi errors.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

var ErrEmpty = errors.New("empty")

func check(s string) error {
	if s == "" {
		return fmt.Errorf("empty")
	}
	if s == " " {
		return fmt.Errorf("check %q: %w", s, ErrEmpty)
	}
	return nil
}

func grade(n int) string {
	out := ""
	switch {
	case n >= 90:
		out += "A"
	case n >= 80:
		out += "B"
		fallthrough
	case n >= 70:
		out += "C"
	default:
		out += "F"
	}
	return out
}

func main() {
	var nilS []int
	empty := []int{}
	fmt.Println(nilS, empty, nilS == nil, empty == nil, len(nilS), cap(empty))
	fmt.Printf("%v %#v %#v %d\n", nilS, nilS, empty, len(append(nilS, 1)))
	var nilM map[string]int
	fmt.Println(nilM, nilM["x"], len(nilM), nilM == nil)
	m := map[string]int{"zeta": 1, "alpha": 2, "mid": 3, "Beta": 4}
	fmt.Println(m)
	fmt.Printf("%v %d\n", map[int]bool{3: true, -1: false, 2: true}, map[float64]int{2.5: 1, -1: 2})

	e1 := fmt.Errorf("empty")
	fmt.Println(check("") == e1, check("").Error() == e1.Error())
	err := check(" ")
	fmt.Println(err, err == ErrEmpty, errors.Is(err, ErrEmpty), errors.Unwrap(err) == ErrEmpty)
	fmt.Println(check("ok") == nil, errors.New("x") == errors.New("x"))

	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch x := 2; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
	}

	n := 5
	fmt.Println(time.Duration(n)*time.Second, time.Duration(n), 5*time.Second)
	fmt.Println(time.Duration(n)*time.Second*time.Second, time.Second*1500/1000)
	timeout := time.Duration(2.5 * float64(time.Second))
	fmt.Println(timeout, timeout.Seconds(), timeout.Milliseconds(), time.Duration(0))

	for _, s := range []string{"42", " 7", "3.5", "", "99999999999999999999", "-0"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Err == strconv.ErrRange)

	s := "  Hello  "
	strings.TrimSpace(s)
	strings.ToUpper(s)
	fmt.Printf("%q\n", s)
	s = strings.ToUpper(strings.TrimSpace(s))
	fmt.Printf("%q\n", s)
}
