// difftest: same
package main

// The Go Programming Language, 7.13: a type switch over the dynamic type of
// an interface{}, quoting values for SQL, with a case of several types
// and a default that panics.

import (
	"fmt"
	"strings"
	"time"
)

func sqlQuote(x interface{}) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint:
		return fmt.Sprintf("%d", x)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case float64:
		return fmt.Sprintf("%g", x)
	case time.Time:
		return "'" + x.Format(time.DateOnly) + "'"
	case []string:
		q := make([]string, len(x))
		for i, s := range x {
			q[i] = sqlQuote(s)
		}
		return "(" + strings.Join(q, ", ") + ")"
	case fmt.Stringer:
		return sqlQuote(x.String())
	case error:
		return sqlQuote(x.Error())
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func listTracks(artist string, minYear, maxYear int) string {
	return fmt.Sprintf("SELECT * FROM tracks WHERE artist = %s AND %s <= year AND year <= %s",
		sqlQuote(artist), sqlQuote(minYear), sqlQuote(maxYear))
}

func main() {
	fmt.Println(listTracks("O'Brien", 1960, 1970))
	values := []interface{}{nil, 42, uint(7), true, false, 2.5, "it's",
		time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), []string{"a", "b'c"},
		time.Second * 90, fmt.Errorf("oops")}
	for _, v := range values {
		fmt.Println(sqlQuote(v))
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	sqlQuote(int8(3))
}
