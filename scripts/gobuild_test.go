package scripts_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgramsBuildWithGo checks that every lesson program, solutions and
// starters alike, is a Go program the Go toolchain accepts as it is (go vet
// type-checks it as go run would compile it): a student can run any of them
// with go run as well as with socklab.
func TestProgramsBuildWithGo(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not installed")
	}
	var programs []string
	for _, pattern := range []string{"*/*.go", "*/starter/*.go"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		programs = append(programs, files...)
	}
	if len(programs) == 0 {
		t.Fatal("no lesson programs found")
	}
	for _, p := range programs {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		t.Run(p, func(t *testing.T) {
			t.Parallel()
			out, err := exec.Command(goTool, "vet", p).CombinedOutput()
			if err != nil {
				t.Errorf("go vet %s: %v\n%s", p, err, out)
			}
		})
	}
}
