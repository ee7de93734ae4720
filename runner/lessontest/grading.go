package lessontest

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"
)

// Grading is what a test counts for when a class is graded: its points,
// and whether it is hidden (never handed out to students, run only by the
// teacher and when grading). A test says so in a line of its script:
//
//	# grade: points=3 hidden
//
// A test without such a line counts 1 point and is visible.
type Grading struct {
	Points float64
	Hidden bool
}

// gradePrefix starts the line of a test's script that says how it counts.
const gradePrefix = "# grade:"

// Grading reads how the test counts from its script.
func (t Test) Grading() (Grading, error) {
	data, err := os.ReadFile(t.File())
	if err != nil {
		return Grading{}, err
	}
	return parseGrading(txtar.Parse(data).Comment)
}

// parseGrading reads the "# grade:" line of a test's script.
func parseGrading(script []byte) (Grading, error) {
	g := Grading{Points: 1}
	for i, line := range strings.Split(string(script), "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), gradePrefix)
		if !ok {
			continue
		}
		for _, word := range strings.Fields(rest) {
			switch key, value, _ := strings.Cut(word, "="); key {
			case "hidden":
				g.Hidden = true
			case "points":
				p, err := strconv.ParseFloat(value, 64)
				if err != nil || p < 0 {
					return g, fmt.Errorf("line %d: points=%q is not a number of points (write points=2)", i+1, value)
				}
				g.Points = p
			default:
				return g, fmt.Errorf("line %d: %q: a grade line holds points=N and hidden, such as %q", i+1, word, "# grade: points=2 hidden")
			}
		}
	}
	return g, nil
}

// Uses reports whether the test's script names one of files (as in "exec
// socklab run server.go"), comment lines aside: whether it tests them.
func (t Test) Uses(files []string) (bool, error) {
	words, err := scriptWords(t)
	if err != nil {
		return false, err
	}
	for _, f := range files {
		if words[f] || words["./"+f] {
			return true, nil
		}
	}
	return false, nil
}

// scriptWords returns the words of the test's script outside comments,
// quotes taken away.
func scriptWords(t Test) (map[string]bool, error) {
	data, err := os.ReadFile(t.File())
	if err != nil {
		return nil, fmt.Errorf("reading the test: %w", err)
	}
	words := map[string]bool{}
	for _, line := range strings.Split(string(txtar.Parse(data).Comment), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			words[strings.Trim(w, `'"`)] = true
		}
	}
	return words, nil
}
