package os_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	gos "github.com/socklab/socklab/runner/allow/gated/os"
	"github.com/socklab/socklab/runner/fsgate"
)

// TestDirFS checks that DirFS reads the folder as os.DirFS does, names its
// type as Go does, and refuses a link out of the folder through every
// method, as the file gate refuses os.Open.
func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.txt"), []byte("inside"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "x.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := fsgate.Restrict(dir); err != nil {
		t.Fatal(err)
	}
	defer fsgate.Restrict("/")
	fsys := gos.DirFS(dir)
	if got, want := fmt.Sprintf("%T %v", fsys, fsys), fmt.Sprintf("%T %v", os.DirFS(dir), os.DirFS(dir)); got != want {
		t.Errorf("%%T %%v = %q, want %q", got, want)
	}
	if err := fstest.TestFS(fsys, "in.txt", "sub/x.txt"); err != nil {
		t.Error(err)
	}
	if err := os.Symlink(filepath.Join(t.TempDir(), "outside"), filepath.Join(dir, "out")); err != nil {
		t.Skip(err)
	}
	for _, call := range []func() error{
		func() error { _, err := fsys.Open("out"); return err },
		func() error { _, err := fs.ReadFile(fsys, "out"); return err },
		func() error { _, err := fs.ReadDir(fsys, "out"); return err },
		func() error { _, err := fs.Stat(fsys, "out"); return err },
	} {
		if err := call(); !errors.Is(err, fsgate.ErrOutside) {
			t.Errorf("through a link out of the folder: %v, want the gate's refusal", err)
		}
	}
}
