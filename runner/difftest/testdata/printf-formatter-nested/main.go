// difftest: same
// A price type formats itself with fmt.Formatter's Format, and a receipt
// holds prices in a field, a slice and a map: fmt calls Format for each
// of them, with the verb's flags and width, under constant formats and
// formats read from a table alike.
package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) Format(f fmt.State, verb rune) {
	s := fmt.Sprintf("%d.%02d", int64(c)/100, int64(c)%100)
	if f.Flag('#') {
		s = "Cents(" + s + ")"
	}
	if w, ok := f.Width(); ok && len(s) < w {
		s = strings.Repeat(" ", w-len(s)) + s
	}
	fmt.Fprint(f, "$"+s)
}

type Line struct {
	Item  string
	Price Cents
}

type Receipt struct {
	Lines []Line
	Tax   map[string]Cents
	total Cents
}

func receipt() (Receipt, error) {
	r := Receipt{Lines: []Line{{"tea", 250}, {"cake", 1205}}, Tax: map[string]Cents{"vat": 98}}
	for _, l := range r.Lines {
		r.total += l.Price
	}
	return r, nil
}

var layouts = map[string]string{
	"short": "%v\n",
	"long":  "%+v\n",
	"go":    "%#v\n",
	"wide":  "%8v|\n",
}

func main() {
	r, _ := receipt()
	fmt.Println(r.Lines, r.Tax)
	fmt.Printf("%v %+v %d\n", r, r.Lines[0], []Cents{1, 2})
	fmt.Println(receipt())
	for _, name := range []string{"short", "long", "go", "wide"} {
		fmt.Printf(layouts[name], r.Lines)
		fmt.Print(fmt.Sprintf(layouts[name], r.Tax))
	}
	fmt.Printf(layouts["short"], Cents(7))
}
