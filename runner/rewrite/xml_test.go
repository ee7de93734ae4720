package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("xml_any", "xml-any"),
		fromCorpus("xml_config", "xml-config-roundtrip"),
		fromCorpus("xml_messages", "xml-message-list"),
		fromCorpus("xml_error_fields", "xml-error-fields"),
		fromCorpus("xml_error_nested", "xml-error-nested"),
		fromCorpus("xml_any_tags", "xml-any-tags"),
		fromCorpus("xml_tag_paths", "xml-tag-paths"),
		fromCorpus("xml_unsupported_map", "xml-unsupported-map"),
		program{"xml_any_target", `package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Item struct {
	Name string ` + "`" + `xml:"name"` + "`" + `
	qty  int
}

func (i *Item) String() string { return i.Name }

type Plain struct {
	N int
	m int
}

func main() {
	var v any = &Item{}
	err := xml.Unmarshal([]byte("<Item><name>a</name><Xqty>4</Xqty></Item>"), v)
	fmt.Println(err, v.(*Item).Name, v.(*Item).qty)
	var p any = &Plain{}
	err = xml.NewDecoder(strings.NewReader("<P><N>1</N><Xm>2</Xm></P>")).Decode(p)
	fmt.Println(err, p.(*Plain).N, p.(*Plain).m)
}
`},
		program{"xml_names", `package main

import (
	"encoding/xml"
	"fmt"
)

type Label string
type tag string

type S struct {
	Label
	tag
	N int
}

type Hidden struct {
	XMLName xml.Name ` + "`" + `xml:"-"` + "`" + `
	V       int
}

type Other struct {
	XMLName string
	V       int
}

type Inner struct {
	XMLName xml.Name
	A       int
}

type Outer struct {
	B int
	Inner
}

func main() {
	for _, v := range []any{S{"l", "t", 1}, Hidden{V: 2}, Other{"x", 3}, Outer{4, Inner{A: 5}}, Outer{B: 6, Inner: Inner{XMLName: xml.Name{Local: "set"}}}} {
		b, err := xml.Marshal(v)
		fmt.Println(string(b), err)
	}
	b, err := xml.Marshal(S{"a", "b", 2})
	fmt.Println(string(b), err)
}
`},
		program{"xml_forms", `package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Item struct {
	Name string ` + "`" + `xml:"name"` + "`" + `
	Qty  int    ` + "`" + `xml:"qty"` + "`" + `
}

type Port int
type Label string

type State int

func (s State) String() string { return "st" }

type Meta struct {
	ID   int ` + "`" + `xml:"id,attr"` + "`" + `
	note string
}

type Order struct {
	Meta
	Items  []Item
	Lead   *Item ` + "`" + `xml:"lead"` + "`" + `
	Extra  any
	secret string
	Tags   []string ` + "`" + `xml:"tags>tag"` + "`" + `
}

type Named struct {
	XMLName xml.Name
	V       int
}

type Shown struct {
	N int
}

func (s Shown) String() string { return "shown" }

type hidden struct {
	A int
	b int
}

type List []Item

type Back struct {
	XMLName xml.Name ` + "`" + `xml:"Order"` + "`" + `
	Items   []Item
	Lead    *Item ` + "`" + `xml:"lead"` + "`" + `
}

func show(v any) {
	b, err := xml.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	it := Item{"bolt", 3}
	show(it)
	show(&it)
	show([]Item{{"a", 1}, {"b", 2}})
	show(List{{"c", 3}})
	show(Port(8080))
	show(Label("x<y"))
	show(State(2))
	show([]any{it, Port(1), State(3), "s", 4, nil, &it})
	o := Order{Meta: Meta{7, "n"}, Items: []Item{{"x", 1}}, Lead: &it, Extra: Shown{5}, secret: "s", Tags: []string{"t1", "t2"}}
	b, err := xml.MarshalIndent(o, "", "  ")
	fmt.Println(string(b), err)
	var ao any = &o
	show(ao)
	show(Named{V: 1})
	show(Named{XMLName: xml.Name{Local: "given"}, V: 2})
	show(Shown{9})
	var sv fmt.Stringer = Shown{1}
	_ = sv
	show(hidden{1, 2})
	show(struct{ M int }{1})
	show(map[string]int{"a": 1})
	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	enc.Indent(">", " ")
	fmt.Println(enc.Encode([]Item{{"e", 1}}))
	fmt.Println(enc.Encode(o))
	fmt.Println(sb.String())
	var back Back
	err = xml.Unmarshal(b, &back)
	fmt.Printf("%+v %v %v\n", back.Items, *back.Lead, err)
	var o2 Order
	err = xml.Unmarshal([]byte(` + "`" + `<Order id="9"><Items><name>w</name></Items><Xsecret>no</Xsecret><secret>no</secret><tags><tag>k</tag></tags><Xnote>z</Xnote></Order>` + "`" + `), &o2)
	fmt.Printf("%d %q %+v %q %v %v\n", o2.ID, o2.note, o2.Items, o2.secret, o2.Tags, err)
	dec := xml.NewDecoder(strings.NewReader(` + "`" + `<Order id="10"></Order><Order id="11"><lead><name>L</name></lead></Order>` + "`" + `))
	for {
		var o3 Order
		if err := dec.Decode(&o3); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(o3.ID, o3.Lead)
	}
	var items struct{ Items []Item }
	fmt.Println(xml.Unmarshal([]byte("<x><Items><name>q</name><qty>z</qty></Items></x>"), &items), items)
}
`},
	)
}

// TestXMLEdits checks what the pass hands lift.XML and lift.XMLTarget: a
// value to encode that holds a type the script declares, or an interface
// in a script that declares one; a target to decode into that holds a
// struct with unexported or embedded fields; and nothing else.
func TestXMLEdits(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"os\"\n)\n\nvar _ = os.Stdout\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a struct of the script's",
			decls + "type P struct{ N int }\n\nfunc main() {\n\txml.Marshal(P{1})\n}\n",
			[]string{".XML(P{1}, _slT", ", nil)"}, []string{"XMLTypes"}},
		{"an any, with a table of the script's named types",
			decls + "type P struct{ N int }\ntype Port int\n\nfunc (p Port) Label() string { return \"\" }\n\nfunc main() {\n\tvar v any = P{}\n\txml.MarshalIndent(v, \"\", \" \")\n}\n",
			[]string{".XML(v, nil, _slX", ".XMLTypes([]any{[]P(nil), []Port(nil)}, ", "[]bool{false, true})"}, nil},
		{"an any, with struct types that look alike and a type of lift's pool with methods, each a runtime type of its own",
			decls + "type A struct{ N int }\ntype B struct{ N int }\ntype Port int\n\nfunc (p Port) String() string { return \"\" }\n\nfunc main() {\n\tvar v any = A{}\n\txml.Marshal([]any{v, B{}, []Port{1}})\n}\n",
			[]string{".XMLTypes([]any{[]A(nil), []B(nil), []Port(nil)}, ", "[]bool{false, false, false})"}, nil},
		{"an Encoder's Encode of a pointer",
			decls + "type P struct{ n int }\n\nfunc main() {\n\txml.NewEncoder(os.Stdout).Encode(&P{})\n}\n",
			[]string{".XML(&P{}, _slT"}, nil},
		{"an Encoder's EncodeElement and a Decoder's DecodeElement",
			decls + "type P struct{ n int }\n\nfunc main() {\n\tvar p P\n\txml.NewEncoder(os.Stdout).EncodeElement(p, xml.StartElement{})\n\txml.NewDecoder(os.Stdin).DecodeElement(&p, nil)\n}\n",
			[]string{".EncodeElement(_sl1.XMLElement(p, _slT", ".DecodeElement(_sl1.XMLTarget(&p, _slT"}, nil},
		{"nothing of the script's",
			decls + "func main() {\n\tvar v any = 1\n\txml.Marshal(v)\n\txml.Marshal([]string{})\n}\n",
			nil, []string{".XML(", "XMLTypes"}},
		{"a type with MarshalXML is left to runner/refuse",
			decls + "type P struct{ N int }\n\nfunc (P) MarshalXML(*xml.Encoder, xml.StartElement) error { return nil }\n\nfunc main() {\n\txml.Marshal(P{})\n}\n",
			nil, []string{".XML("}},
		{"decoding into a struct with an unexported field",
			decls + "type P struct {\n\tN int\n\tn int\n}\n\nfunc main() {\n\tvar p P\n\txml.Unmarshal(nil, &p)\n\txml.NewDecoder(os.Stdin).Decode(&p)\n}\n",
			[]string{"xml.Unmarshal(nil, _sl1.XMLTarget(&p, _slT", ".Decode(_sl1.XMLTarget(&p, _slT", ", nil))"}, nil},
		{"decoding through an interface in a script with a struct of hidden fields",
			decls + "type P struct{ n int }\n\nfunc main() {\n\tvar v any = &P{}\n\txml.Unmarshal(nil, v)\n}\n",
			[]string{"xml.Unmarshal(nil, _sl1.XMLTarget(v, nil, _slX"}, nil},
		{"decoding through an interface, no struct of hidden fields",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tvar v any = &P{}\n\txml.Unmarshal(nil, v)\n}\n",
			nil, []string{"XMLTarget", "XMLTypes"}},
		{"decoding into exported fields: the interpreter's own",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tvar p P\n\txml.Unmarshal(nil, &p)\n}\n",
			nil, []string{"XMLTarget"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestXMLRefuses lists the scripts in which lift.XML could not tell the
// type of a value in an interface as Go names it.
func TestXMLRefuses(t *testing.T) {
	const decls = "package main\n\nimport \"encoding/xml\"\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a type declared in a function",
			decls + "func main() {\n\ttype p struct{ n int }\n\tvar v any = p{1}\n\txml.Marshal(v)\n}\n",
			"main.go:8:14: socklab cannot encode a value of an interface type to XML as Go does in a script that declares p inside a function"},
		{"a generic type",
			decls + "type Box[T any] struct{ V T }\n\nfunc main() {\n\tvar v any = Box[int]{1}\n\txml.Marshal(v)\n}\n",
			"main.go:9:14: socklab cannot encode a value of an interface type to XML as Go does in a script that declares Box inside a function or with type parameters"},
		{"two struct types of the same fields",
			decls + "type A struct{ N int }\n\ntype B A\n\nfunc main() {\n\tvar v any = A{}\n\txml.Marshal([]any{v, B{}})\n}\n",
			"main.go:11:14: the interpreter makes one runtime type of A and B"},
		{"a struct type and a literal's type of the same fields",
			decls + "type A struct{ N int }\n\nfunc main() {\n\tvar v any = struct{ N int }{1}\n\txml.Marshal(v)\n}\n",
			"the interpreter makes one runtime type of A and struct{N int}"},
		{"two types with methods on one basic type",
			decls + "type A int\ntype B int\n\nfunc (A) Label() string { return \"a\" }\nfunc (B) Label() string { return \"b\" }\n\nfunc main() {\n\tvar v any = A(1)\n\txml.Marshal(v)\n}\n",
			"the interpreter makes one runtime type of A and B"},
		{"a type with MarshalText an interface may hold",
			decls + "type L int\n\nfunc (L) MarshalText() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\tvar v any = 1\n\txml.Marshal(v)\n}\n",
			"main.go:11:14: a value of an interface type may hold L, whose MarshalText method the interpreter does not let encoding/xml call"},
		{"a slice of a basic type with methods",
			decls + "type L int\n\nfunc (L) Label() string { return \"l\" }\n\nfunc main() {\n\tvar v any = []L{1}\n\txml.Marshal(v)\n}\n",
			"main.go:11:14: a value of an interface type may hold a []L, which the interpreter makes of the basic type"},
		{"a type declared on a struct of Go's library",
			"package main\n\nimport (\n\t\"encoding/xml\"\n\t\"time\"\n)\n\ntype Stamp time.Time\n\nfunc main() {\n\tvar v any = 1\n\txml.Marshal(v)\n}\n",
			"main.go:12:14: a value of an interface type may hold Stamp, a type declared on a struct of Go's library"},
		{"a type that holds itself, with an unexported field",
			decls + "type Node struct {\n\tKids []Node\n\tseen bool\n}\n\nfunc main() {\n\tvar n Node\n\txml.Marshal(&n)\n\txml.Unmarshal(nil, &n)\n}\n",
			"main.go:12:14: socklab cannot encode Node to XML as Go does: it holds itself"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, tt.src, tt.want)
		})
	}
}

// TestXMLErrorEdits checks which encoding and decoding calls the pass
// hands to the file's table of names (lift.XMLTypeNames): those whose
// error the script uses, of a value that holds a type the package
// declares or an interface; and which types the table holds.
func TestXMLErrorEdits(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n\t\"os\"\n)\n\nvar _ = os.Stdout\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"Marshal's two results",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tb, err := xml.Marshal(P{1})\n\tfmt.Println(b, err)\n}\n",
			[]string{":= _slXN", ".Bytes(/*line :14:12*/xml.Marshal(", ".XMLTypeNames([]any{[]P(nil)}, []string{\"main.P\"})"}, nil},
		{"an Encoder's, a Decoder's and Unmarshal's error",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tvar p P\n\terr := xml.NewEncoder(os.Stdout).Encode(p)\n\terr = xml.NewDecoder(os.Stdin).DecodeElement(&p, nil)\n\tif xml.Unmarshal(nil, &p) != nil {\n\t\tfmt.Println(err)\n\t}\n}\n",
			[]string{"err := _slXN", ".Err(/*line :15:9*/xml.NewEncoder", "err = _slXN", "if _slXN"}, nil},
		{"an any",
			decls + "type P struct{ N int }\n\nfunc main() {\n\tvar v any = P{}\n\t_, err := xml.Marshal(v)\n\tfmt.Println(err)\n}\n",
			[]string{".Bytes("}, nil},
		{"an error the script drops",
			decls + "type P struct{ N int }\n\nfunc main() {\n\txml.NewEncoder(os.Stdout).Encode(P{})\n\t_, _ = xml.Marshal(P{})\n\tdefer xml.NewEncoder(os.Stdout).Encode(P{})\n\tfmt.Println()\n}\n",
			nil, []string{"XMLTypeNames", ".Err(", ".Bytes("}},
		{"a value of no type of the script's",
			decls + "type P struct{ N int }\n\nfunc main() {\n\t_, err := xml.Marshal(map[string]int{})\n\tfmt.Println(err)\n}\n",
			nil, []string{"XMLTypeNames"}},
		{"types the interpreter makes one, or another's, left out of the table",
			decls + "type P struct{ N int }\ntype Q struct{ S string }\ntype Tags []string\ntype Temp float64\n\nfunc main() {\n\t_ = struct{ N int }{}\n\t_, err := xml.Marshal(map[string]Q{})\n\tfmt.Println(err, Tags{}, Temp(1))\n}\n",
			[]string{".XMLTypeNames([]any{[]Q(nil), []Temp(nil)}, []string{\"main.Q\", \"main.Temp\"})"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
