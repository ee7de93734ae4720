// difftest: same
package main

import (
	"bytes"
	"errors"
	"fmt"
	"image"
)

// A 1x1 GIF. A Go build decodes only the formats whose packages it links
// (image/gif registers GIF with image when it initialises); this program
// imports none, so image knows no format at all.
var gifData = []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

func main() {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(gifData))
	fmt.Printf("%+v %q %v\n", cfg, format, err)
	m, format, err := image.Decode(bytes.NewReader(gifData))
	fmt.Println(m == nil, format, errors.Is(err, image.ErrFormat))
	decode := image.Decode
	_, _, err = decode(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n")))
	fmt.Println(err)
}
