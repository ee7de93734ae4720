// difftest: same

package main

// strconv's Quote family and Unquote, float and integer formatting, and
// the errors of ParseInt, ParseUint, ParseFloat and ParseBool.

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("tab\there \"q\" é 🌍 \x00"), strconv.QuoteToASCII("é 🌍"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', 5, 64), strconv.FormatFloat(2.5, 'e', 2, 32))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-0))
	n, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(string(strconv.AppendQuote([]byte("x="), "y")), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
}
