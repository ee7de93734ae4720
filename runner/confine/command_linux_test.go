package confine

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// python returns the real python3 binary (not a version manager's shim),
// or skips the test.
func python(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3 on this machine")
	}
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		t.Skipf("python3 does not run: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// TestCommandPython runs a Python program confined, as the test harness
// runs a lesson's seed programs: it reads its lesson, writes its scratch
// folder, and gets nowhere else.
func TestCommandPython(t *testing.T) {
	requireLayers(t)
	py := python(t)
	base := t.TempDir()
	lesson, scratch := filepath.Join(base, "lesson"), filepath.Join(base, "scratch")
	for _, d := range []string{lesson, scratch} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	secret := filepath.Join(base, "secret.txt")
	os.WriteFile(secret, []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(lesson, "given.txt"), []byte("given"), 0o644)

	tests := []struct {
		name, code string
		held       bool
	}{
		{"read the lesson", "open(%q).read()", false},
		{"write the scratch folder", "open(%q, 'w').write('x')", false},
		{"read a secret", "open(%q).read()", true},
		{"change the lesson", "open(%q, 'w').write('x')", true},
		{"run a shell", "import subprocess; subprocess.run([%q])", true},
		{"run itself again", "import subprocess, sys; subprocess.run([sys.executable, '-c', 'pass'], check=True) or %q", false},
		{"os.system", "import os, sys; sys.exit(os.system(%q) != 0)", true},
	}
	args := []string{
		filepath.Join(lesson, "given.txt"), filepath.Join(scratch, "out.txt"), secret,
		filepath.Join(lesson, "given.txt"), "/bin/true", "", "/bin/true",
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := strings.ReplaceAll(tt.code, "%q", "'"+args[i]+"'")
			cmd, err := Command(Policy{Dir: scratch, ReadOnly: []string{lesson}}, DefaultLimits, py, "-c", code)
			if err != nil {
				t.Fatal(err)
			}
			cmd.Dir = scratch
			out, err := cmd.CombinedOutput()
			if tt.held && err == nil {
				t.Errorf("%s: got out (%s)", tt.name, out)
			}
			if !tt.held && err != nil {
				t.Errorf("%s: refused, want allowed: %v\n%s", tt.name, err, out)
			}
			if tt.held {
				// Unconfined, it gets out: the attempt tests something.
				if i == 3 {
					return // it would change the lesson
				}
				if out, err := exec.Command(py, "-c", code).CombinedOutput(); err != nil {
					t.Errorf("%s: fails unconfined too: %v\n%s", tt.name, err, out)
				}
			}
		})
	}
}
