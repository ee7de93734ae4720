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
	for _, d := range []string{filepath.Join(lesson, "sub", "deep"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := []struct{ target, name string }{
		{outside, "escape"},             // an absolute link out of the lesson
		{".", "sub/L"},                  // a loop of the folder onto itself
		{"/usr", "pre_dir"},             // a link that was there before the script ran
		{"../../..", "sub/deep/up"},     // a relative link out
		{"deep/..", "sub/here"},         // a relative link that stays inside
		{lesson + "/sub", "abs_in"},     // an absolute link that stays inside
		{"../outside/..", "via_out"},    // out of the lesson and back in: refused
		{"loop2", "loop1"},              // a loop of links
		{"loop1", "loop2"},              //
		{"sub/L/L/../../escape", "hop"}, // through another link out
		{"../../../lesson/sub", "sub/deep/round"},
	}
	for _, l := range links {
		if err := os.Symlink(l.target, filepath.Join(lesson, l.name)); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(lesson)
	if err := fsgate.Restrict(lesson); err != nil {
		t.Fatal(err)
	}
	defer fsgate.Restrict("/")

	tests := []struct {
		op, path string
		ok       bool
	}{
		{"open", "notes.txt", true},
		{"open", "sub/new/deeper.txt", true},
		{"open", ".", true},
		{"open", lesson, true},
		{"open", "../outside/x.txt", false},
		{"open", "sub/../../outside", false},
		{"open", "/etc/passwd", false},
		{"open", "escape/x.txt", false},             // through the link
		{"open", "escape/not/yet/there.txt", false}, // through the link, to a file that does not exist
		{"open", "recv-../../x", true},              // recv-.. is a name: this is x in the lesson
		{"open", "recv-../../../x", false},
		{"open", "sub/L/L/L/../../../../etc/passwd", false}, // the loop: each L is the folder sub
		{"open", "sub/L/L/L/x", true},
		{"open", "sub/L/../x", true}, // sub/L is sub, so .. is the lesson
		{"write", "sub/L/../../outside/x", false},
		{"open", "pre_dir/../etc/passwd", false}, // pre_dir/.. is /, not the lesson
		{"open", "pre_dir", false},
		{"open", "sub/deep/up", false},
		{"open", "sub/deep/up/lesson/notes.txt", false}, // out through a link and back in
		{"open", "sub/here/x", true},
		{"open", "abs_in/deep", true},
		{"open", "via_out/lesson/x", false},
		{"open", "loop1", false},
		{"open", "hop", false},
		{"open", "sub/deep/round/x", true}, // a link whose target passes by the parent but ends inside
		{"open", "sub/deep/../../notes.txt", true},
		{"open", "sub/deep/../../../outside", false},
		// Operations on a link itself do not follow it.
		{"remove", "escape", true},
		{"lstat", "pre_dir", true},
		{"readlink", "sub/deep/up", true},
		{"remove", "escape/x", false},
		{"lstat", "pre_dir/bin", false},
	}
	for _, tt := range tests {
		err := fsgate.Check(tt.op, tt.path)
		if (err == nil) != tt.ok {
			t.Errorf("Check(%s, %q) = %v, want allowed %v", tt.op, tt.path, err, tt.ok)
		}
		if err != nil && !errors.Is(err, fsgate.ErrOutside) {
			t.Errorf("Check(%s, %q) = %v, want an error wrapping ErrOutside", tt.op, tt.path, err)
		}
	}
}

// TestCheckReallyOutside shows that what Check refuses is really outside:
// the kernel, following the same links, reaches the file outside.
func TestCheckReallyOutside(t *testing.T) {
	base := t.TempDir()
	lesson := filepath.Join(base, "lesson")
	if err := os.MkdirAll(filepath.Join(lesson, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(base, "secret.txt")
	if err := os.WriteFile(secret, []byte("s"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", filepath.Join(lesson, "sub", "L")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(lesson)
	if err := fsgate.Restrict(lesson); err != nil {
		t.Fatal(err)
	}
	defer fsgate.Restrict("/")
	path := "sub/L/L/L/../../secret.txt"
	if b, err := os.ReadFile(path); err != nil || string(b) != "s" {
		t.Fatalf("the kernel does not reach the file outside through %s: %q %v", path, b, err)
	}
	if err := fsgate.Check("read", path); err == nil {
		t.Fatalf("Check(%q) allowed a path the kernel resolves to %s", path, secret)
	}
}
