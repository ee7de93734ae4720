package watch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func goFiles(path string) bool { return strings.HasSuffix(path, ".go") }

func watchDir(t *testing.T, files map[string]string) (string, *Changes) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	// A quiet period longer than the default, so that a burst the test
	// writes stays one burst on a loaded machine.
	c, err := watchChanges(dir, goFiles, 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return dir, c
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// next returns the next batch of changes.
func next(t *testing.T, c *Changes) []string {
	t.Helper()
	select {
	case files := <-c.C:
		return files
	case err := <-c.Errors:
		t.Fatalf("watching: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no change reported")
	}
	return nil
}

// Each case saves "a.go" and "b.go" in some way; the first batch reported
// must be exactly want: a save that changes nothing reports nothing.
func TestChanges(t *testing.T) {
	tests := []struct {
		name string
		save func(t *testing.T, dir string)
		want []string
	}{
		{"write in place", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "a.go"), "new")
		}, []string{"a.go"}},
		{"rename over", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, ".a.go.tmp"), "new")
			os.Rename(filepath.Join(dir, ".a.go.tmp"), filepath.Join(dir, "a.go"))
		}, []string{"a.go"}},
		{"a burst is one change", func(t *testing.T, dir string) {
			for i := range 5 {
				write(t, filepath.Join(dir, "a.go"), strings.Repeat("x", i+1))
			}
			write(t, filepath.Join(dir, "b.go"), "new")
		}, []string{"a.go", "b.go"}},
		{"unchanged content is no change", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "a.go"), "a")
			write(t, filepath.Join(dir, "b.go"), "new")
		}, []string{"b.go"}},
		{"editor files and other files are no change", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, ".a.go.swp"), "swap")
			write(t, filepath.Join(dir, ".#a.go"), "lock")
			write(t, filepath.Join(dir, "notes.txt"), "notes")
			write(t, filepath.Join(dir, "b.go"), "new")
		}, []string{"b.go"}},
		{"a new package folder", func(t *testing.T, dir string) {
			// The folder's watch starts after rules.go is written.
			write(t, filepath.Join(dir, "game", "rules.go"), "rules")
		}, []string{"game/rules.go"}},
		{"a deleted file is no change", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "a.go"))
			write(t, filepath.Join(dir, "b.go"), "new")
		}, []string{"b.go"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir, c := watchDir(t, map[string]string{"a.go": "a", "b.go": "b"})
			tt.save(t, dir)
			got := next(t, c)
			for i := range got {
				got[i], _ = filepath.Rel(dir, got[i])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("changed %q, want %q", got, tt.want)
			}
		})
	}
}
