// difftest: same
package main

// The Go Programming Language, 1.4: Lissajous figures as an animated GIF,
// here small and with a seeded generator so that every run draws the same
// frames; the program writes the GIF's size and a checksum of its bytes.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"math"
	"math/rand"
)

var palette = []color.Color{color.White, color.Black, color.RGBA{0x00, 0xc0, 0x00, 0xff}}

const (
	whiteIndex = 0
	blackIndex = 1
	greenIndex = 2
)

func lissajous(out io.Writer, rng *rand.Rand) {
	const (
		cycles  = 2
		res     = 0.01
		size    = 40
		nframes = 8
		delay   = 8
	)
	freq := rng.Float64() * 3.0
	anim := gif.GIF{LoopCount: nframes}
	phase := 0.0
	for i := 0; i < nframes; i++ {
		rect := image.Rect(0, 0, 2*size+1, 2*size+1)
		img := image.NewPaletted(rect, palette)
		for t := 0.0; t < cycles*2*math.Pi; t += res {
			x := math.Sin(t)
			y := math.Sin(t*freq + phase)
			idx := uint8(blackIndex)
			if i%2 == 1 {
				idx = greenIndex
			}
			img.SetColorIndex(size+int(x*size+0.5), size+int(y*size+0.5), idx)
		}
		phase += 0.1
		anim.Delay = append(anim.Delay, delay)
		anim.Image = append(anim.Image, img)
	}
	gif.EncodeAll(out, &anim)
}

func main() {
	var buf bytes.Buffer
	lissajous(&buf, rand.New(rand.NewSource(1)))
	fmt.Println("bytes:", buf.Len())
	fmt.Printf("sha256: %x\n", sha256.Sum256(buf.Bytes()))
	g, err := gif.DecodeAll(&buf)
	fmt.Println(err, len(g.Image), g.LoopCount, g.Config.Width, g.Config.Height)
	black := 0
	for _, px := range g.Image[0].Pix {
		if px == blackIndex {
			black++
		}
	}
	fmt.Println("black pixels in frame 0:", black, "of", len(g.Image[0].Pix))
}
