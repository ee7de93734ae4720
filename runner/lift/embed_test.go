package lift

import (
	"encoding/base64"
	"io/fs"
	"testing"
)

func TestEmbedBytes(t *testing.T) {
	for _, data := range []string{"", "a", "hello\n", "\x00\xff\xfe"} {
		b := EmbedBytes(data)
		if string(b) != data || len(b) != cap(b) || b == nil {
			t.Errorf("EmbedBytes(%q) = %q, len %d cap %d, nil %v; want its bytes, cap = len, not nil", data, b, len(b), cap(b), b == nil)
		}
	}
	a, b := EmbedBytes("x"), EmbedBytes("x")
	a[0] = 'y'
	if b[0] != 'x' {
		t.Errorf("two variables share their bytes")
	}
}

func TestEmbedFS(t *testing.T) {
	fsys := EmbedFS("b.txt", "B", "d/", "", "d/c.txt", "C", "a.txt", "A")
	for name, want := range map[string]string{"a.txt": "A", "b.txt": "B", "d/c.txt": "C"} {
		if got, err := fs.ReadFile(fsys, name); err != nil || string(got) != want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, got, err, want)
		}
	}
	entries, err := fsys.ReadDir(".")
	if err != nil || len(entries) != 3 || entries[0].Name() != "a.txt" || entries[2].Name() != "d" || !entries[2].IsDir() {
		t.Errorf("ReadDir(.) = %v, %v; want a.txt, b.txt, d/", entries, err)
	}
}

func TestUnbase64(t *testing.T) {
	for _, data := range []string{"", "x", "\x89PNG\r\n\x1a\n", "hello, world\n"} {
		if got := Unbase64(base64.StdEncoding.EncodeToString([]byte(data))); got != data {
			t.Errorf("Unbase64 of %q's base64 = %q", data, got)
		}
	}
}
