package difftest_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPruneGone checks that the binaries' cache keeps the folders of
// checkouts that exist, and of none named, and removes those of
// checkouts that are gone.
func TestPruneGone(t *testing.T) {
	parent := t.TempDir()
	live := t.TempDir()
	if err := os.WriteFile(filepath.Join(live, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		checkout string // "" writes no checkout file
		kept     bool
	}{
		{"live", live, true},
		{"gone", filepath.Join(live, "removed-clone"), false},
		{"unnamed", "", true},
	}
	for _, tt := range tests {
		dir := filepath.Join(parent, tt.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "prog"), []byte("x"), 0o755); err != nil {
			t.Fatal(err)
		}
		if tt.checkout != "" {
			if err := os.WriteFile(filepath.Join(dir, checkoutFile), []byte(tt.checkout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	pruneGone(parent)
	for _, tt := range tests {
		_, err := os.Stat(filepath.Join(parent, tt.name))
		if kept := err == nil; kept != tt.kept {
			t.Errorf("%s: kept = %v, want %v", tt.name, kept, tt.kept)
		}
	}
}
