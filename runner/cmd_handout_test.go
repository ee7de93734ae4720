package runner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestHandout hands out a lesson of the embedded course and one of a
// teacher's txtar bundle, and checks that the handout holds what a student
// needs, never the solution or a hidden test, and that socklab test works
// in it.
func TestHandout(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runSocklab(t, dir, "lessons")
	if code != 0 || !strings.Contains(stdout, "10-high-low") || strings.Count(stdout, "\n") != 17 {
		t.Errorf("socklab lessons: exit status %d\n%s\n%s", code, stdout, stderr)
	}

	stdout, stderr, code = runSocklab(t, dir, "handout", "10-high-low", "high-low")
	if code != 0 {
		t.Fatalf("handout 10-high-low: exit status %d\n%s\n%s", code, stdout, stderr)
	}
	solution, err := os.ReadFile(filepath.Join("..", "scripts", "10-high-low", "server.go"))
	if err != nil {
		t.Fatal(err)
	}
	starter, err := os.ReadFile(filepath.Join("..", "scripts", "10-high-low", "starter", "server.go"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "high-low", "server.go"))
	if err != nil || string(got) != string(starter) || string(got) == string(solution) {
		t.Errorf("the handout's server.go is not the starter (%v)", err)
	}
	for _, f := range []string{"README.md", "client.go", "high_low.go", "seed/client.py", "tests/game.txtar", "tests/wire.txtar"} {
		if _, err := os.Stat(filepath.Join(dir, "high-low", f)); err != nil {
			t.Errorf("the handout lacks %s", f)
		}
	}
	for _, f := range []string{"tests/out_of_range.txtar", "starter"} {
		if _, err := os.Stat(filepath.Join(dir, "high-low", f)); err == nil {
			t.Errorf("the handout holds %s", f)
		}
	}
	if !strings.Contains(stdout, "left out the hidden tests tests/out_of_range.txtar") {
		t.Errorf("handout output:\n%s", stdout)
	}

	// A teacher's pack as a txtar bundle: the lesson of gradeClass.
	var bundle txtar.Archive
	for _, f := range txtar.Parse([]byte(gradeClass)).Files {
		if name, ok := strings.CutPrefix(f.Name, "lesson/"); ok {
			bundle.Files = append(bundle.Files, txtar.File{Name: name, Data: f.Data})
		}
		if name, ok := strings.CutPrefix(f.Name, "class/right/"); ok && name == "server.go" {
			if err := os.WriteFile(filepath.Join(dir, "right.go"), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "greet.txtar"), txtar.Format(&bundle), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runSocklab(t, dir, "handout", "greet.txtar", "greet"); code != 0 {
		t.Fatalf("handout greet.txtar: exit status %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "greet", "tests", "again.txtar")); err == nil {
		t.Error("the handout holds the hidden test again.txtar")
	}
	stdout, _, code = runSocklab(t, filepath.Join(dir, "greet"), "test")
	if code != 1 || !strings.Contains(stdout, "FAIL  greet/greet") {
		t.Errorf("socklab test on the starter: exit status %d, want 1\n%s", code, stdout)
	}
	if err := os.Rename(filepath.Join(dir, "right.go"), filepath.Join(dir, "greet", "server.go")); err != nil {
		t.Fatal(err)
	}
	stdout, _, code = runSocklab(t, filepath.Join(dir, "greet"), "test")
	if code != 0 || !strings.HasSuffix(stdout, "2 passed, 0 failed\n") {
		t.Errorf("socklab test on the right work: exit status %d, want 0\n%s", code, stdout)
	}
}
