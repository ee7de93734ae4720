package lift

import (
	"bufio"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"sync"

	"github.com/socklab/socklab/runner/inits"
)

// socklab's binary links every registrar of Go's library (see
// inits.Linked), so image's formats are all registered in a script
// process, where a Go build of the script has only those of the
// registrars it links. The rewrite (runner/rewrite's linked pass) hands
// image.Decode, image.DecodeConfig and image.RegisterFormat to a Registry
// of the registrars the script's Go build links:
//
//	image.Decode(r)           =>   sl.Linked(0xa0).Decode(r)
//
// image's list of formats only grows, so the Registry answers in its
// place; crypto's hashes can be taken out of crypto's table, which
// inits.Set does.

// A Registry answers as image's registry does in a Go build that links
// the registrars of linked, and the registrations the script makes
// itself.
type Registry struct{ linked inits.Linked }

// Linked returns the Registry of a script whose Go build links the
// registrars of l.
func Linked(l inits.Linked) Registry { return Registry{l} }

// A format is a decoder registered with image.RegisterFormat.
type format struct {
	name, magic  string
	decode       func(io.Reader) (image.Image, error)
	decodeConfig func(io.Reader) (image.Config, error)
}

// libraryFormats are the formats Go's library registers, with their
// registrars, in the order their initialisers run (by import path: none
// imports another), as in image/gif, image/jpeg and image/png.
var libraryFormats = []struct {
	registrar inits.Linked
	format
}{
	{inits.ImageGIF, format{"gif", "GIF8?a", gif.Decode, gif.DecodeConfig}},
	{inits.ImageJPEG, format{"jpeg", "\xff\xd8", jpeg.Decode, jpeg.DecodeConfig}},
	{inits.ImagePNG, format{"png", "\x89PNG\r\n\x1a\n", png.Decode, png.DecodeConfig}},
}

// scriptFormats are the formats the script registers, after the library's
// as its packages initialise after the library's.
var scriptFormats struct {
	sync.Mutex
	list []format
}

// RegisterFormat is image.RegisterFormat.
func (Registry) RegisterFormat(name, magic string, decode func(io.Reader) (image.Image, error), decodeConfig func(io.Reader) (image.Config, error)) {
	scriptFormats.Lock()
	scriptFormats.list = append(scriptFormats.list, format{name, magic, decode, decodeConfig})
	scriptFormats.Unlock()
	image.RegisterFormat(name, magic, decode, decodeConfig)
}

// formats returns the formats registered in the Go build, in order.
func (r Registry) formats() []format {
	var list []format
	for _, f := range libraryFormats {
		if r.linked&f.registrar != 0 {
			list = append(list, f.format)
		}
	}
	scriptFormats.Lock()
	defer scriptFormats.Unlock()
	return append(list, scriptFormats.list...)
}

// peeker is image's reader: one that can look ahead.
type peeker interface {
	io.Reader
	Peek(int) ([]byte, error)
}

// sniff returns the first format whose magic r starts with, as image's
// sniff does.
func (r Registry) sniff(rd io.Reader) (peeker, format) {
	rr, ok := rd.(peeker)
	if !ok {
		rr = bufio.NewReader(rd)
	}
	for _, f := range r.formats() {
		b, err := rr.Peek(len(f.magic))
		if err == nil && matchMagic(f.magic, b) {
			return rr, f
		}
	}
	return rr, format{}
}

// matchMagic reports whether b matches magic, whose '?' matches any byte.
func matchMagic(magic string, b []byte) bool {
	if len(magic) != len(b) {
		return false
	}
	for i, c := range b {
		if magic[i] != c && magic[i] != '?' {
			return false
		}
	}
	return true
}

// Decode is image.Decode.
func (r Registry) Decode(rd io.Reader) (image.Image, string, error) {
	rr, f := r.sniff(rd)
	if f.decode == nil {
		return nil, "", image.ErrFormat
	}
	m, err := f.decode(rr)
	return m, f.name, err
}

// DecodeConfig is image.DecodeConfig.
func (r Registry) DecodeConfig(rd io.Reader) (image.Config, string, error) {
	rr, f := r.sniff(rd)
	if f.decodeConfig == nil {
		return image.Config{}, "", image.ErrFormat
	}
	c, err := f.decodeConfig(rr)
	return c, f.name, err
}
