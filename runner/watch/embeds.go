package watch

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/socklab/socklab/runner/goembed"
)

// embeds reports whether the file at path is one that a //go:embed line
// of a program file names (relative to that file's folder): go build
// embeds it anew, so a change to it, an edited page or template, calls
// for a new version as a change to the program does. The program files
// are read again each time, so that a line just added counts.
func embeds(programs []string, path string) bool {
	for _, prog := range programs {
		src, err := os.ReadFile(prog)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(filepath.Dir(prog), path)
		if err != nil {
			continue
		}
		rel = filepath.ToSlash(rel)
		for _, p := range goembed.Patterns(src) {
			if goembed.Matches(p, rel) {
				return true
			}
		}
	}
	return false
}

// programFiles returns the Go files of a lesson's folder, its programs,
// but its tests.
func programFiles(dir string) []string {
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var out []string
	for _, n := range names {
		if !strings.HasSuffix(n, "_test.go") {
			out = append(out, n)
		}
	}
	return out
}
