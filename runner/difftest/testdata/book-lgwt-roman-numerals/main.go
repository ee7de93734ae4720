// difftest: same
package main

// Learn Go with Tests, Property-based Tests: Roman numerals both ways,
// with a table of RomanNumeral structs, a strings.Builder, and the
// property that converting there and back gives the number again.

import (
	"fmt"
	"strings"
)

type RomanNumeral struct {
	Value  uint16
	Symbol string
}

var allRomanNumerals = []RomanNumeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ConvertToRoman(arabic uint16) string {
	var result strings.Builder
	for _, numeral := range allRomanNumerals {
		for arabic >= numeral.Value {
			result.WriteString(numeral.Symbol)
			arabic -= numeral.Value
		}
	}
	return result.String()
}

func ConvertToArabic(roman string) (total uint16) {
	for _, symbols := range windowedRoman(roman).Symbols() {
		total += RomanNumerals(allRomanNumerals).ValueOf(symbols...)
	}
	return
}

type RomanNumerals []RomanNumeral

func (r RomanNumerals) ValueOf(symbols ...byte) uint16 {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return s.Value
		}
	}
	return 0
}

func init() {
	_ = RomanNumerals(allRomanNumerals)
}

type windowedRoman string

func (w windowedRoman) Symbols() (symbols [][]byte) {
	for i := 0; i < len(w); i++ {
		symbol := w[i]
		notAtEnd := i+1 < len(w)
		if notAtEnd && isSubtractive(symbol) && RomanNumerals(allRomanNumerals).Exists(symbol, w[i+1]) {
			symbols = append(symbols, []byte{symbol, w[i+1]})
			i++
		} else {
			symbols = append(symbols, []byte{symbol})
		}
	}
	return
}

func (r RomanNumerals) Exists(symbols ...byte) bool {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return true
		}
	}
	return false
}

func isSubtractive(symbol uint8) bool {
	return symbol == 'I' || symbol == 'X' || symbol == 'C'
}

func main() {
	for _, n := range []uint16{1, 2, 3, 4, 5, 9, 10, 14, 18, 20, 39, 40, 47, 49, 50, 100, 90, 400, 500, 798, 900, 1000, 1984, 2014, 3999} {
		r := ConvertToRoman(n)
		fmt.Printf("%4d %-12s %d\n", n, r, ConvertToArabic(r))
	}
	bad := 0
	for n := uint16(1); n < 4000; n++ {
		if ConvertToArabic(ConvertToRoman(n)) != n {
			bad++
		}
	}
	fmt.Println("round trips that failed:", bad)
	fmt.Println(allRomanNumerals[:3])
}
