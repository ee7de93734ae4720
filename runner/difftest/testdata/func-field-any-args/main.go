// difftest: same
package main

// A codec table whose encoders are function values in struct fields and
// in variables taken from them, handed values of the program's types for
// parameters of type any and io.Writer, which they pass on to
// encoding/binary and text/template.

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"text/template"
)

type Header struct {
	Kind uint8
	Len  uint16
}

type Codec struct {
	Name   string
	Encode func(w io.Writer, v any) error
}

func binaryEncode(w io.Writer, v any) error {
	return binary.Write(w, binary.BigEndian, v)
}

var page = template.Must(template.New("p").Parse("kind={{.Kind}} len={{.Len}}\n"))

func main() {
	codecs := []*Codec{
		{"binary", binaryEncode},
		{"text", func(w io.Writer, v any) error { return page.Execute(w, v) }},
	}
	for _, c := range codecs {
		var buf bytes.Buffer
		err := c.Encode(&buf, Header{7, 512})
		fmt.Printf("%s: %q %v\n", c.Name, buf.String(), err)
	}
	enc := codecs[0].Encode
	fmt.Println(enc(os.Stdout, uint32(1)), enc(io.Discard, &Header{1, 2}))
	byName := map[string]*Codec{"text": codecs[1]}
	byName["text"].Encode(os.Stdout, Header{Kind: 3})
}
