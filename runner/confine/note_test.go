package confine

import (
	"bytes"
	"strings"
	"testing"
)

// TestNote checks that a missing layer is told once per machine, and that
// a complete sandbox is not told at all.
func TestNote(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	tests := []struct {
		layers Layers
		want   string // "" for no note
	}{
		{Layers{Landlock: 7, Seccomp: true, Net: true}, ""},
		{Layers{Landlock: 7, Seccomp: true}, "Landlock ABI 7, seccomp."},
		{Layers{Seccomp: true}, "kernel layers: seccomp."},
		{Layers{Seccomp: true}, ""}, // told already
		{Layers{}, "kernel layers: none."},
		{Layers{Landlock: 2, Seccomp: true}, "Landlock ABI 2, seccomp"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		note(&b, tt.layers)
		got := b.String()
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("note(%v) = %q, want %q", tt.layers, got, tt.want)
		}
	}
}
