package fsgate_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/socklab/socklab/runner/fsgate"
)

func TestCheck(t *testing.T) {
	base := t.TempDir()
	lesson := filepath.Join(base, "lesson")
	outside := filepath.Join(base, "outside")
	for _, d := range []string{filepath.Join(lesson, "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// A link inside the lesson that leads out of it.
	if err := os.Symlink(outside, filepath.Join(lesson, "escape")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(lesson)
	if err := fsgate.Restrict(lesson); err != nil {
		t.Fatal(err)
	}
	defer fsgate.Restrict("/")

	tests := []struct {
		path string
		ok   bool
	}{
		{"notes.txt", true},
		{"sub/new/deeper.txt", true},
		{".", true},
		{lesson, true},
		{"../outside/x.txt", false},
		{"sub/../../outside", false},
		{"/etc/passwd", false},
		{"escape/x.txt", false},             // through the link
		{"escape/not/yet/there.txt", false}, // through the link, to a file that does not exist
		{"recv-../../x", true},              // recv-.. is a name: this is x in the lesson
		{"recv-../../../x", false},
	}
	for _, tt := range tests {
		err := fsgate.Check("open", tt.path)
		if (err == nil) != tt.ok {
			t.Errorf("Check(%q) = %v, want allowed %v", tt.path, err, tt.ok)
		}
		if err != nil && !errors.Is(err, fsgate.ErrOutside) {
			t.Errorf("Check(%q) = %v, want an error wrapping ErrOutside", tt.path, err)
		}
	}
}
