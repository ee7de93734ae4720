// Package socklabtest builds the socklab command for tests that start it as
// a user would, in a terminal or a pipe, rather than calling its packages.
package socklabtest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/socklab/socklab/runner/frontcache"
)

// Build compiles the socklab command into dir and returns its path. It
// builds as README's Install does, without cgo, so that Go's runtime itself
// reports a script's deadlock (runner/asleep tests the build with cgo).
func Build(dir string) (string, error) {
	bin := filepath.Join(dir, "socklab")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/socklab/socklab")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building socklab: %v\n%s", err, out)
	}
	return bin, nil
}

// Main is a TestMain: it builds socklab once into a temporary folder, sets
// *bin to its path, runs the package's tests and removes the folder.
func Main(m *testing.M, bin *string) {
	dir, err := os.MkdirTemp("", "socklab-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	*bin, err = Build(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	// The tests' runs keep no front end's work in the user's cache.
	os.Setenv(frontcache.EnvCache, "off")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
