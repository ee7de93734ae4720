package scripts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestFaultsSkippedListed checks that README lists exactly the tests that
// say they cannot hold under --faults.
func TestFaultsSkippedListed(t *testing.T) {
	files, err := filepath.Glob("*/tests/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	marker := regexp.MustCompile(`(?m)^\[faults\] skip `)
	var marked []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if marker.Match(b) {
			marked = append(marked, filepath.Dir(filepath.Dir(f))+"/"+strings.TrimSuffix(filepath.Base(f), ".txtar"))
		}
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<!-- faults-skipped:[^>]*-->(.*?)<!-- /faults-skipped -->`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no faults-skipped list")
	}
	var listed []string
	for _, line := range strings.Split(string(m[1]), "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "- ")
		for _, name := range strings.Split(line, ",") {
			if name = strings.TrimSpace(name); name != "" {
				listed = append(listed, name)
			}
		}
	}
	sort.Strings(marked)
	sort.Strings(listed)
	if strings.Join(marked, " ") != strings.Join(listed, " ") {
		t.Errorf("README lists as skipped under faults:\n  %s\nthe tests marked [faults] skip are:\n  %s", strings.Join(listed, " "), strings.Join(marked, " "))
	}
}
