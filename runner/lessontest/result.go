package lessontest

import "time"

// Status is how a test ended.
type Status string

// The statuses of a test, as reports write them.
const (
	Passed  Status = "passed"
	Failed  Status = "failed"
	Skipped Status = "skipped"
)

// A Result is what happened to one test.
type Result struct {
	Test    Test
	Status  Status
	Elapsed time.Duration
	// Output is the test's transcript: each command, what each program
	// printed, what was expected. It is the failing part of the test, or
	// the whole transcript when Options.Verbose is set.
	Output string
	Reason string // why the test was skipped
	// Hint is what the test's author says about the step that failed
	// (a "# hint:" line of its script), for a failed test.
	Hint string
	// Endless names the programs that were computing without pause when
	// the test ran out of time (see spin.go).
	Endless []string
}

// Summary counts results by status.
type Summary struct{ Passed, Failed, Skipped int }

// Summarize counts results by status.
func Summarize(results []Result) Summary {
	var s Summary
	for _, r := range results {
		switch r.Status {
		case Passed:
			s.Passed++
		case Failed:
			s.Failed++
		case Skipped:
			s.Skipped++
		}
	}
	return s
}
