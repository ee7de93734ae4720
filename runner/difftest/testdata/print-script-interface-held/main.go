// difftest: same
package main

import (
	"fmt"
	"sort"
)

// Item is anything a shop's cart can hold.
type Item interface {
	Price() int
}

// Book prints itself with String, on its pointer.
type Book struct {
	Title string
	Cents int
}

func (b *Book) Price() int     { return b.Cents }
func (b *Book) String() string { return "Book(" + b.Title + ")" }

// Fee is a charge in cents, printed as its number.
type Fee int

func (f Fee) Price() int { return int(f) }

// Bundle is several items sold as one.
type Bundle []Item

func (b Bundle) Price() int {
	t := 0
	for _, it := range b {
		t += it.Price()
	}
	return t
}

// Gift wraps an item, which it embeds.
type Gift struct{ Item }

type line struct {
	It  Item
	Qty int
}

func main() {
	cart := []Item{&Book{"Go", 3000}, Fee(250), Bundle{Fee(1), &Book{"Net", 100}}, Gift{Fee(5)}}
	total := 0
	for _, it := range cart {
		fmt.Printf("%-22v %5d\n", it, it.Price())
		total += it.Price()
	}
	fmt.Println("cart:", cart, "total:", total)
	fmt.Printf("%+v\n", cart)
	byName := map[string]Item{"shipping": Fee(499), "book": &Book{"X", 1}}
	fmt.Println(byName)
	lines := []line{{Fee(3), 2}, {&Book{"Y", 4}, 1}, {Bundle{Fee(7)}, 3}}
	sort.Slice(lines, func(i, j int) bool { return lines[i].Qty < lines[j].Qty })
	fmt.Printf("%v %+v\n", lines, lines[0])
	fmt.Println(fmt.Sprint(Gift{&Book{"Z", 9}}), fmt.Sprintf("%v", Bundle{}))
}
