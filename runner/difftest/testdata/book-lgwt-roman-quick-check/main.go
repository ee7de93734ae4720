// difftest: same
package main

import (
	"fmt"
	"strings"
	"testing/quick"
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
	for _, numeral := range allRomanNumerals {
		for strings.HasPrefix(roman, numeral.Symbol) {
			total += numeral.Value
			roman = strings.TrimPrefix(roman, numeral.Symbol)
		}
	}
	return
}

func main() {
	for _, n := range []uint16{1, 4, 9, 14, 40, 1984, 3999} {
		fmt.Println(n, ConvertToRoman(n), ConvertToArabic(ConvertToRoman(n)))
	}
	assertion := func(arabic uint16) bool {
		if arabic > 3999 {
			return true
		}
		return ConvertToArabic(ConvertToRoman(arabic)) == arabic
	}
	if err := quick.Check(assertion, &quick.Config{MaxCount: 1000}); err != nil {
		fmt.Println("failed checks", err)
	} else {
		fmt.Println("property holds")
	}
	bad := func(a, b uint8) bool { return a+b >= a && a < 250 }
	err := quick.Check(bad, &quick.Config{MaxCount: 1000})
	fmt.Println(err != nil)
	if ce, ok := err.(*quick.CheckError); ok {
		fmt.Println("check error count>0:", ce.Count > 0, len(ce.In))
	}
}
