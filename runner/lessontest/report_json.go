package lessontest

import (
	"encoding/json"
	"io"
	"math"
)

// JSONResult is how a result is written as JSON, one object per line.
type JSONResult struct {
	Lesson  string  `json:"lesson"`
	Test    string  `json:"test"`
	Status  Status  `json:"status"`
	Seconds float64 `json:"seconds"`
	Output  string  `json:"output,omitempty"` // the transcript, for a failed test
	Reason  string  `json:"reason,omitempty"` // why it was skipped
	Hint    string  `json:"hint,omitempty"`   // the author's hint for the step that failed
}

// WriteJSON writes r to w as one line of JSON, for programs that collect
// results (a grading sheet, a CI dashboard).
func WriteJSON(w io.Writer, r Result) error {
	j := JSONResult{
		Lesson:  r.Test.Lesson.Name,
		Test:    r.Test.Name,
		Status:  r.Status,
		Seconds: math.Round(r.Elapsed.Seconds()*1000) / 1000,
		Reason:  r.Reason,
	}
	if r.Status == Failed {
		j.Output, j.Hint = r.Output, r.Hint
	}
	return json.NewEncoder(w).Encode(j)
}
