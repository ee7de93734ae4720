// difftest: same
package main

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // registers GIF with image
	"io"
)

var gifData = []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

// A format of the program's own, registered after the library's, whose
// magic a GIF matches too: image tries the formats in the order they
// were registered.
func decodeConfig(r io.Reader) (image.Config, error) {
	return image.Config{Width: 99, Height: 99}, nil
}

func main() {
	image.RegisterFormat("gif-ish", "GIF8", nil, decodeConfig)
	image.RegisterFormat("dots", "...", nil, decodeConfig)
	cfg, format, err := image.DecodeConfig(bytes.NewReader(gifData))
	fmt.Println(cfg.Width, cfg.Height, format, err)
	m, format, err := image.Decode(bytes.NewReader(gifData))
	fmt.Println(m.Bounds(), format, err)
	// PNG is not linked: its magic falls through to no format.
	_, format, err = image.DecodeConfig(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n\x00\x00")))
	fmt.Printf("%q %v\n", format, err)
	cfg, format, err = image.DecodeConfig(bytes.NewReader([]byte("...")))
	fmt.Println(cfg.Width, format, err)
	_, format, err = image.Decode(bytes.NewReader([]byte("...")))
	fmt.Printf("%q %v\n", format, err)
}
