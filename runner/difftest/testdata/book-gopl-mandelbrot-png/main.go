// difftest: same
package main

// The Go Programming Language, 3.3: the Mandelbrot set drawn with
// complex128 arithmetic into an image.Gray of a small size, encoded as
// PNG; the program prints the image's size, a checksum and a few rows
// as text instead of the image itself.

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math/cmplx"
)

func mandelbrot(z complex128) color.Color {
	const iterations = 200
	const contrast = 15
	var v complex128
	for n := uint8(0); n < iterations; n++ {
		v = v*v + z
		if cmplx.Abs(v) > 2 {
			return color.Gray{255 - contrast*n}
		}
	}
	return color.Black
}

func main() {
	const (
		xmin, ymin, xmax, ymax = -2, -2, +2, +2
		width, height          = 48, 24
	)
	img := image.NewGray(image.Rect(0, 0, width, height))
	for py := 0; py < height; py++ {
		y := float64(py)/height*(ymax-ymin) + ymin
		for px := 0; px < width; px++ {
			x := float64(px)/width*(xmax-xmin) + xmin
			z := complex(x, y)
			img.Set(px, py, mandelbrot(z))
		}
	}
	for py := 4; py < height-4; py += 2 {
		row := make([]byte, width)
		for px := range row {
			g := img.GrayAt(px, py).Y
			switch {
			case g == 0:
				row[px] = '#'
			case g < 200:
				row[px] = '+'
			default:
				row[px] = '.'
			}
		}
		fmt.Println(string(row))
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds(), buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	fmt.Println(cmplx.Sqrt(-1), cmplx.Abs(3+4i), real(1+2i), imag(1+2i))
}
