package grade

import (
	"fmt"
	"io"
	"strings"
)

// A Bar shows on a terminal how far the grading is, rewriting one line:
//
//	[##########..........] 12/24 students
type Bar struct {
	W     io.Writer
	Width int // of the bar itself; 30 when zero
}

// Update shows that done students of total are graded.
func (b Bar) Update(_ *Report, done, total int) {
	width := b.Width
	if width == 0 {
		width = 30
	}
	filled := width * done / max(total, 1)
	fmt.Fprintf(b.W, "\r[%s%s] %d/%d students", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total)
	if done == total {
		fmt.Fprint(b.W, "\n")
	}
}

// Lines shows the grading's progress as a line per student, for a log.
type Lines struct{ W io.Writer }

// Update writes the line of the student just graded.
func (l Lines) Update(r *Report, done, total int) {
	fmt.Fprintf(l.W, "graded %s (%d/%d): %d/%d passed, score %.1f\n", r.Student, done, total, r.Passed, r.Total, r.Score)
}
