// difftest: same
package main

// A struct literal with an XMLName field and a lowercase field: the
// element is named by the tag, and encoding/xml leaves the unexported
// field out, in the document and when reading one back.

import (
	"encoding/xml"
	"fmt"
)

func main() {
	book := struct {
		XMLName xml.Name `xml:"book"`
		Title   string   `xml:"title"`
		Year    int      `xml:"year,attr"`
		isbn    string
	}{Title: "The Go Programming Language", Year: 2015, isbn: "978-0134190440"}

	out, err := xml.MarshalIndent(book, "", "  ")
	if err != nil {
		fmt.Println("marshal failed:", err)
		return
	}
	fmt.Println(string(out))

	var back struct {
		XMLName xml.Name `xml:"book"`
		Title   string   `xml:"title"`
		Year    int      `xml:"year,attr"`
		isbn    string
	}
	if err := xml.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal failed:", err)
		return
	}
	fmt.Printf("%s (%d) isbn=%q\n", back.Title, back.Year, back.isbn)
}
