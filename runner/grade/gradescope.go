package grade

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/socklab/socklab/runner/lessontest"
)

// The results.json of Gradescope's autograder format
// (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
type (
	gsResults struct {
		Score           float64  `json:"score"`
		Output          string   `json:"output,omitempty"`
		Visibility      string   `json:"visibility"`
		StdoutVisiblity string   `json:"stdout_visibility"`
		Tests           []gsTest `json:"tests"`
	}
	gsTest struct {
		Name       string  `json:"name"`
		Score      float64 `json:"score"`
		MaxScore   float64 `json:"max_score"`
		Status     string  `json:"status"`
		Output     string  `json:"output,omitempty"`
		Visibility string  `json:"visibility"`
	}
)

// WriteGradescope writes the grade of one student as Gradescope's
// results.json: a test per test of the lesson with its points. Hidden tests
// are "hidden" there, so that the student sees the visible tests' feedback
// only.
func WriteGradescope(w io.Writer, r *Report) error {
	res := gsResults{Score: r.Earned, Visibility: "visible", StdoutVisiblity: "hidden"}
	var notes []string
	if r.Error != "" {
		notes = append(notes, r.Error)
	}
	for _, f := range r.Missing {
		notes = append(notes, fmt.Sprintf("no %s in the submission", f))
	}
	if len(r.Ignored) > 0 {
		notes = append(notes, "ignored (not files to hand in): "+strings.Join(r.Ignored, ", "))
	}
	res.Output = strings.Join(notes, "\n")
	for _, t := range r.Tests {
		if t.Status == lessontest.Skipped {
			continue
		}
		g := gsTest{Name: t.Name, MaxScore: t.Points, Status: "failed", Output: t.Output, Visibility: "visible"}
		if t.Hint != "" {
			g.Output += lessontest.HintText(t.Hint)
		}
		if t.Status == lessontest.Passed {
			g.Score, g.Status = t.Points, "passed"
		}
		if t.Hidden {
			g.Visibility = "hidden"
		}
		res.Tests = append(res.Tests, g)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
