package lift

import (
	"bytes"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"testing"

	"github.com/socklab/socklab/runner/inits"
)

// encoded returns a 1x1 image in each format of Go's library.
func encoded(t *testing.T) map[string][]byte {
	m := image.NewGray(image.Rect(0, 0, 1, 1))
	out := map[string][]byte{}
	for name, enc := range map[string]func(io.Writer) error{
		"gif":  func(w io.Writer) error { return gif.Encode(w, m, nil) },
		"jpeg": func(w io.Writer) error { return jpeg.Encode(w, m, nil) },
		"png":  func(w io.Writer) error { return png.Encode(w, m) },
	} {
		var b bytes.Buffer
		if err := enc(&b); err != nil {
			t.Fatal(err)
		}
		out[name] = b.Bytes()
	}
	return out
}

// TestDecode: a format decodes when its registrar is linked, as image's
// registry (which this binary's initialisers filled) decodes it, and is
// an unknown format otherwise.
func TestDecode(t *testing.T) {
	images := encoded(t)
	tests := []struct {
		linked inits.Linked
		known  map[string]bool
	}{
		{0, nil},
		{inits.CryptoSHA256 | inits.CryptoMD5, nil},
		{inits.ImageGIF, map[string]bool{"gif": true}},
		{inits.ImagePNG | inits.ImageJPEG, map[string]bool{"png": true, "jpeg": true}},
		{inits.ImageGIF | inits.ImageJPEG | inits.ImagePNG, map[string]bool{"gif": true, "jpeg": true, "png": true}},
	}
	for _, tt := range tests {
		r := Linked(tt.linked)
		for name, data := range images {
			_, real, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil || real != name {
				t.Fatalf("image.DecodeConfig of %s: %q, %v", name, real, err)
			}
			for _, decode := range []func() (string, error){
				func() (string, error) { _, f, err := r.Decode(bytes.NewReader(data)); return f, err },
				func() (string, error) { _, f, err := r.DecodeConfig(bytes.NewReader(data)); return f, err },
			} {
				got, err := decode()
				switch {
				case tt.known[name] && (err != nil || got != name):
					t.Errorf("linked {%s}: decoding %s: %q, %v, want %q", tt.linked, name, got, err, name)
				case !tt.known[name] && (!errors.Is(err, image.ErrFormat) || got != ""):
					t.Errorf("linked {%s}: decoding %s: %q, %v, want %v", tt.linked, name, got, err, image.ErrFormat)
				}
			}
		}
	}
}

// TestRegisterFormat: a format the script registers decodes whatever is
// linked, after the library's formats.
func TestRegisterFormat(t *testing.T) {
	r := Linked(0)
	decodeConfig := func(io.Reader) (image.Config, error) { return image.Config{Width: 7}, nil }
	r.RegisterFormat("gifish", "GIF8", nil, decodeConfig)
	gifData := encoded(t)["gif"]
	for _, tt := range []struct {
		linked inits.Linked
		want   string
	}{{0, "gifish"}, {inits.ImageGIF, "gif"}} {
		_, got, err := Linked(tt.linked).DecodeConfig(bytes.NewReader(gifData))
		if err != nil || got != tt.want {
			t.Errorf("linked {%s}: DecodeConfig = %q, %v, want %q", tt.linked, got, err, tt.want)
		}
	}
	if _, _, err := r.Decode(bytes.NewReader(gifData)); !errors.Is(err, image.ErrFormat) {
		t.Errorf("Decode of a format registered without a decoder: %v, want %v", err, image.ErrFormat)
	}
}
