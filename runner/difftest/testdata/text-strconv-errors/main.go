// difftest: same

// strconv's parsers on good and bad input, their *strconv.NumError taken
// apart with errors.As and errors.Is, and its formatters and quoting.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "0x1f", "3.14", "abc", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func", ne.Func, "num", ne.Num, "err", ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	i, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.Itoa(1<<20))
	q, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 5, 10), string(strconv.AppendQuote(nil, "x")))
}
