// difftest: same
package main

// Go by Example, Number Parsing: strconv's parsers, their bases and bit
// sizes, and the *strconv.NumError they return.

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	for _, s := range []string{"0b1010", "0o17", "017", "1_000_000", "-0x10"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	b, err := strconv.ParseInt("ff", 16, 8)
	fmt.Println(b, err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
		fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)

	for _, s := range []string{"3.14", "1e6", "-0", "inf", "NaN", "0x1p-2", "1e400", ".5"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
	v32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(v32, err)
	bl, err := strconv.ParseBool("T")
	fmt.Println(bl, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)

	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("tab\there \"q\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 7, 10)))
}
