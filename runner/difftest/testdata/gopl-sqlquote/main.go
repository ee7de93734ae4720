// difftest: same
package main

// sqlQuote of chapter 7 of The Go Programming Language: a type switch
// over an interface{} value with cases nil, int and uint, bool, string,
// and a default that panics (recovered here); the x in each case has the
// case's type, and the multi-type case keeps the interface type.

import (
	"fmt"
	"strings"
)

func sqlQuote(x interface{}) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint:
		return fmt.Sprintf("%d", x) // x has type interface{} here.
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func Listing(query string, args ...interface{}) string {
	var b strings.Builder
	arg := 0
	for _, part := range strings.Split(query, "?") {
		b.WriteString(part)
		if arg < len(args) && strings.Count(query, "?") > arg {
			b.WriteString(sqlQuote(args[arg]))
			arg++
		}
	}
	return b.String()
}

func safe(x interface{}) (s string) {
	defer func() {
		if p := recover(); p != nil {
			s = fmt.Sprint("recovered: ", p)
		}
	}()
	return sqlQuote(x)
}

func main() {
	fmt.Println(Listing("SELECT * FROM tracks WHERE artist = ? AND ? <= year AND year <= ?",
		"O'Brien", 1970, uint(1979)))
	for _, x := range []interface{}{nil, 42, uint(7), true, false, "it's", 3.5, []int{1}} {
		fmt.Println(safe(x))
	}
	var y interface{} = int8(3)
	switch y.(type) {
	case int, int8, int16:
		fmt.Println("some int")
	}
}
