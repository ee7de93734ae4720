// difftest: same
// encoding/xml taken further: attributes, repeated elements, CDATA and
// entities decoded into a struct, MarshalIndent of it, and a Decoder's
// tokens one by one.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Item struct {
	XMLName xml.Name `xml:"item"`
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Price   float64  `xml:"price"`
	Notes   []string `xml:"note"`
	Raw     string   `xml:",innerxml"`
}

type Feed struct {
	XMLName xml.Name `xml:"feed"`
	Version string   `xml:"version,attr"`
	Items   []Item   `xml:"item"`
}

func main() {
	src := `<?xml version="1.0"?>
<feed version="2">
  <item id="a1" lang="en"><title>First &amp; best</title><price>9.5</price><note>x</note><note>y</note></item>
  <item id="b2"><title><![CDATA[<Second>]]></title><price>10</price></item>
</feed>`
	var f Feed
	if err := xml.Unmarshal([]byte(src), &f); err != nil {
		panic(err)
	}
	fmt.Println(f.Version, len(f.Items))
	for _, it := range f.Items {
		fmt.Printf("%s %q %q %.2f %v\n", it.ID, it.Lang, it.Title, it.Price, it.Notes)
	}
	f.Items[0].Raw = ""
	f.Items[1].Raw = ""
	out, err := xml.MarshalIndent(f, "", " ")
	fmt.Println(string(out), err)
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --><c/></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, len(t.Attr))
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chars %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		}
	}
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`a<b>&"c"`))
	fmt.Println(sb.String())
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
}
