package grade

import (
	"math"
	"regexp"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/lessontest"
)

// A Class is the graded work of a class on one lesson: what the JSON
// report holds, and what --merge combines.
type Class struct {
	Lesson   string     `json:"lesson"`
	Tests    []TestInfo `json:"tests"`
	Students []*Report  `json:"students"`
}

// TestInfo is one graded test of the lesson.
type TestInfo struct {
	Name   string  `json:"name"`
	Points float64 `json:"points"`
	Hidden bool    `json:"hidden,omitempty"`
}

// A Report is one student's grade.
type Report struct {
	Student  string  `json:"student"`
	Passed   int     `json:"passed"`
	Total    int     `json:"total"`    // tests graded (skipped ones aside)
	Score    float64 `json:"score"`    // 0 to 100, weighted by points
	Earned   float64 `json:"earned"`   // points of the tests passed
	Possible float64 `json:"possible"` // points of the tests graded
	// FirstFailure says in a few words why the first failing test failed.
	FirstFailure string       `json:"first_failure,omitempty"`
	Missing      []string     `json:"missing,omitempty"` // files the lesson asks for, not handed in
	Ignored      []string     `json:"ignored,omitempty"` // files handed in that are not the student's to hand in
	Error        string       `json:"error,omitempty"`   // why the submission could not be graded
	Tests        []TestResult `json:"tests"`
}

// TestResult is one test of one student.
type TestResult struct {
	Name    string            `json:"name"`
	Points  float64           `json:"points"`
	Hidden  bool              `json:"hidden,omitempty"`
	Status  lessontest.Status `json:"status"`
	Seconds float64           `json:"seconds"`
	Output  string            `json:"output,omitempty"` // the transcript of a failure
	Reason  string            `json:"reason,omitempty"` // why it was skipped
	Hint    string            `json:"hint,omitempty"`   // the lesson's hint for the step that failed, for a visible test
}

// total fills in the counts and the score from the tests' results.
func (r *Report) total() {
	r.Passed, r.Total, r.Earned, r.Possible, r.FirstFailure = 0, 0, 0, 0, ""
	for _, t := range r.Tests {
		switch t.Status {
		case lessontest.Skipped:
			continue // not the student's doing: python3 missing, say
		case lessontest.Passed:
			r.Passed++
			r.Earned += t.Points
		default:
			if r.FirstFailure == "" {
				r.FirstFailure = t.Name + ": " + Gist(t.Output)
			}
		}
		r.Total++
		r.Possible += t.Points
	}
	if r.Error != "" && r.FirstFailure == "" {
		r.FirstFailure = r.Error
	}
	if r.Possible > 0 {
		r.Score = math.Round(1000*r.Earned/r.Possible) / 10
	} else {
		r.Score = 0
	}
}

// failLine matches the line of a transcript that says why a test failed,
// with the test file's position before the reason.
var failLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^FAIL: (?:\S+\.txtar:\d+: )?(.*)$`)
})

// gistLimit is how long a failure's gist may be.
const gistLimit = 72

// Gist says in a few words why a test failed, from its transcript.
func Gist(output string) string {
	var s string
	switch {
	case strings.Contains(output, "the test stalled and was stopped"):
		s = "stalled: every program waits to receive"
	case strings.Contains(output, "was stopped at its time limit"):
		s = "did not end in time"
	case strings.Contains(output, "without pause, as it did in an earlier test"):
		s = "did not end: loops as in an earlier test"
	case strings.Contains(output, "without pause while every other program of the test waited on it"):
		s = "did not end: loops while the others wait on it"
	case failLine().MatchString(output):
		s = failLine().FindStringSubmatch(output)[1]
	default:
		s = strings.TrimSpace(output)
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	if len(s) > gistLimit {
		s = s[:gistLimit-3] + "..."
	}
	return s
}
