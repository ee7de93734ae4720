// difftest: same
package main

// A Tour of Go, the Images exercise: a type of the program's own that
// implements image.Image, read back through the interface, and encoded
// as a PNG whose size and checksum are printed.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

type Image struct {
	w, h int
}

func (img Image) ColorModel() color.Model { return color.RGBAModel }

func (img Image) Bounds() image.Rectangle { return image.Rect(0, 0, img.w, img.h) }

func (img Image) At(x, y int) color.Color {
	v := uint8((x ^ y) * 4)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())

	var pic image.Image = Image{16, 8}
	fmt.Println(pic.Bounds(), pic.Bounds().Dx(), pic.Bounds().Dy())
	fmt.Println(pic.At(3, 5))
	r, g, b, a := pic.At(7, 1).RGBA()
	fmt.Println(r, g, b, a)

	var buf bytes.Buffer
	if err := png.Encode(&buf, pic); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Printf("png of %d bytes, sha256 %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	back, err := png.Decode(&buf)
	if err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(back.Bounds(), back.At(3, 5))
}
