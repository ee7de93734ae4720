// difftest: same
package main

// The strconv package's examples: Append functions, FormatFloat in each
// format, FormatInt in several bases, Itoa and Atoi, ParseBool,
// ParseFloat, ParseInt and ParseUint with their errors, Quote and its
// kin, Unquote.

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	b := []byte("bool:")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendInt(append(b, " int:"...), -42, 10)
	b = strconv.AppendQuote(append(b, " quote:"...), `"Fran & Freddie's Diner"`)
	b = strconv.AppendFloat(append(b, " float:"...), 3.1415926535, 'E', -1, 32)
	fmt.Println(string(b))

	v := 3.1415926535
	for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x'} {
		fmt.Println(string(f), strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 3, 32))
	}
	fmt.Println(strconv.FormatInt(-42, 16), strconv.FormatInt(255, 2), strconv.FormatUint(255, 36), strconv.Itoa(-7))

	if s, err := strconv.Atoi("10"); err == nil {
		fmt.Printf("%T, %v\n", s, s)
	}
	for _, in := range []string{"12a", "", "99999999999999999999"} {
		_, err := strconv.Atoi(in)
		var ne *strconv.NumError
		fmt.Println(err, errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		if ne != nil {
			fmt.Printf("%s %q\n", ne.Func, ne.Num)
		}
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(v, err)
	}
	for _, s := range []string{"3.1415926535", "NaN", "nan", "inf", "-Inf", "1e400", "0x1p-2"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(v, err)
	}
	for _, s := range []string{"-354634382", "0x1f", "0b101", "1_000"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(i8, err)

	fmt.Println(strconv.Quote(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteToASCII(`"Fran & Freddie's Diner	☺"`))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u263a\t"))
	for _, q := range []string{`"Hello\tWorld"`, "`raw string`", `'☺'`, `"bad`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\007'), strconv.CanBackquote("Fran & Freddie's Diner ☺"))
}
