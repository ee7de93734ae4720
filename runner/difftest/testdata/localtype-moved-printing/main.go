// difftest: same
// An inventory report whose record types are declared inside main and
// inside a closure, printed through interfaces with every verb that names
// a type or its fields: socklab moves the types to the top level, where
// Go names them too (main.item).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Unit int

func (u Unit) String() string { return [...]string{"pcs", "kg"}[u] }

func report(lines []any) {
	for _, l := range lines {
		fmt.Printf("%v | %+v | %T\n", l, l, l)
	}
}

func main() {
	type item struct {
		Name  string
		Qty   int
		Unit  Unit
		Price float64
	}
	type (
		sku   string
		entry struct {
			SKU  sku
			Item *item
		}
	)
	stock := []item{{"bolt", 40, 0, 0.1}, {"flour", 3, 1, 1.25}, {"nut", 12, 0, 0.05}}
	sort.Slice(stock, func(i, j int) bool { return stock[i].Qty < stock[j].Qty })
	var lines []any
	for i := range stock {
		lines = append(lines, stock[i])
	}
	report(lines)
	e := entry{sku(strings.ToUpper(stock[0].Name)), &stock[0]}
	fmt.Printf("%+v %v\n", e.SKU, e.Item.Unit)
	fmt.Printf("%#v\n", any(stock[1]))
	total := func() any {
		type sum struct {
			Items int
			Value float64
		}
		s := sum{}
		for _, it := range stock {
			s.Items += it.Qty
			s.Value += float64(it.Qty) * it.Price
		}
		return s
	}()
	fmt.Println(total)
	fmt.Printf("%T %.2f\n", total, total.(interface{}))
	byName := map[string]any{}
	for _, it := range stock {
		byName[it.Name] = it
	}
	fmt.Println(byName)
}
