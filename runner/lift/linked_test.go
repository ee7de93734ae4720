package lift

import (
	"bytes"
	"crypto"
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

// TestHash: a hash is available, and New makes one, when its registrar is
// linked; New panics with crypto's message otherwise.
func TestHash(t *testing.T) {
	tests := []struct {
		linked    inits.Linked
		h         crypto.Hash
		available bool
		panics    string
	}{
		{0, crypto.SHA256, false, "crypto: requested hash function #5 is unavailable"},
		{inits.CryptoSHA256, crypto.SHA256, true, ""},
		{inits.CryptoSHA256, crypto.SHA224, true, ""},
		{inits.CryptoSHA256, crypto.SHA512, false, "crypto: requested hash function #7 is unavailable"},
		{inits.LinkedBy([]string{"net/http"}), crypto.SHA512, true, ""},
		{inits.LinkedBy([]string{"net/http"}), crypto.MD5, true, ""},
		{inits.CryptoMD5, crypto.MD4, false, "crypto: requested hash function #1 is unavailable"},
		{inits.CryptoSHA3, crypto.SHA3_256, true, ""},
		{^inits.Linked(0), crypto.Hash(0), false, "crypto: requested hash function #0 is unavailable"},
		{^inits.Linked(0), crypto.Hash(99), false, "crypto: requested hash function #99 is unavailable"},
	}
	for _, tt := range tests {
		h := Linked(tt.linked).Hash(tt.h)
		if got := h.Available(); got != tt.available {
			t.Errorf("linked {%s}: %v.Available() = %t, want %t", tt.linked, tt.h, got, tt.available)
		}
		got := func() (v any) {
			defer func() { v = recover() }()
			if hh := h.New(); hh.Size() != tt.h.Size() {
				t.Errorf("linked {%s}: %v.New() has size %d", tt.linked, tt.h, hh.Size())
			}
			return nil
		}()
		if tt.panics == "" && got != nil || tt.panics != "" && got != tt.panics {
			t.Errorf("linked {%s}: %v.New() panics with %v, want %q", tt.linked, tt.h, got, tt.panics)
		}
	}
}

// TestHashRegistrars: every hash of crypto's that this binary has
// registered (its registrars all linked) has its registrar here.
func TestHashRegistrars(t *testing.T) {
	for h := crypto.Hash(1); h <= crypto.BLAKE2b_512; h++ {
		if _, ok := hashRegistrars[h]; h.Available() != ok {
			t.Errorf("%v: available %t, has a registrar %t", h, h.Available(), ok)
		}
	}
}
