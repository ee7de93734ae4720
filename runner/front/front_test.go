package front

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/socklab/socklab/runner/hint"
)

// TestRoundTrip writes the front end's work and reads it back.
func TestRoundTrip(t *testing.T) {
	src := Source{Imports: []string{"fmt", "net"}, Local: map[string]string{"example.com/game": "/tmp/game"}}
	rw := Rewrite{
		Files:     map[string][]byte{"/tmp/main.go": []byte("package main\n"), "/tmp/game/game.go": []byte("package game\x00\xff\n")},
		Met:       []string{"io"},
		Facts:     map[string][]byte{"/tmp/main.go": {3, 0, 1, 2}},
		PoolNames: map[string]string{"lift.Named3": "Kind"},
		Hints:     true,
		Sites:     []hint.Site{{File: "main.go", Line: 120000, Delim: "\n"}, {File: "main.go", Line: 7, What: "any bytes"}},
		Concrete:  hint.Look{At: "main.go:14:9", What: "asserts a connection's type (*net.TCPConn)"},
		Listeners: hint.Look{At: "main.go:9:2", What: "hands a listener to fmt.Printf"},

		MemProfiled: true,
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	if err := w.Source(src); err != nil {
		t.Fatal(err)
	}
	if err := w.Rewrite(rw); err != nil {
		t.Fatal(err)
	}
	r := NewReader(&buf)
	gotSrc, err := r.Source()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotSrc, src) {
		t.Errorf("Source read back as %+v, want %+v", gotSrc, src)
	}
	gotRw, err := r.Rewrite()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotRw, rw) {
		t.Errorf("Rewrite read back as %+v, want %+v", gotRw, rw)
	}
}

// TestDamaged checks that every cut of a record, and a record that lies
// about its length, is an error rather than a panic or a wrong reading.
func TestDamaged(t *testing.T) {
	var buf bytes.Buffer
	NewWriter(&buf).Rewrite(Rewrite{Files: map[string][]byte{"a.go": []byte("package a")}, Sites: []hint.Site{{File: "a.go", Line: 3}}, Hints: true})
	whole := buf.Bytes()
	for n := range len(whole) {
		if _, err := NewReader(bytes.NewReader(whole[:n])).Rewrite(); err == nil {
			t.Errorf("a record cut to %d of %d bytes read without an error", n, len(whole))
		}
	}
	lying := append([]byte{byte(len(whole) - 1 + 1)}, whole[1:]...) // one byte more than it holds
	lying = append(lying, 0)
	if _, err := NewReader(bytes.NewReader(lying)).Rewrite(); !errors.Is(err, ErrDamaged) {
		t.Errorf("a record with a stray byte: %v, want ErrDamaged", err)
	}
}
