package grade

import (
	"fmt"
	"math"
	"slices"

	"github.com/socklab/socklab/runner/handin"
	"github.com/socklab/socklab/runner/lessontest"
)

// Graded returns the tests of the lesson that grade a student's work: those
// that run a file the student hands in (a test of the lesson's own
// programs alone says nothing of the student's work), with how each
// counts.
func Graded(l *lessontest.Lesson) ([]lessontest.Test, []TestInfo, error) {
	spec, err := handin.SpecFor(l.Dir)
	if err != nil {
		return nil, nil, err
	}
	var tests []lessontest.Test
	var infos []TestInfo
	for _, t := range lessontest.Tests([]*lessontest.Lesson{l}) {
		uses, err := t.Uses(spec.Files)
		if err != nil {
			return nil, nil, err
		}
		if !uses {
			continue
		}
		g, err := t.Grading()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", t.File(), err)
		}
		tests = append(tests, t)
		infos = append(infos, TestInfo{Name: t.Name, Points: g.Points, Hidden: g.Hidden})
	}
	if len(tests) == 0 {
		return nil, nil, fmt.Errorf("no test of %s runs a file a student hands in (%v)", l.Name, spec.Files)
	}
	return tests, infos, nil
}

// Progress is told of each student whose grading has ended.
type Progress func(r *Report, done, total int)

// Run grades students on the lesson's tests with h, jobs tests at a time
// across the whole class, and returns the class's grades in the order of
// students. progress (when not nil) hears of each student as the last of
// their tests ends.
func Run(h *lessontest.Harness, l *lessontest.Lesson, students []Student, jobs int, progress Progress) (*Class, error) {
	tests, infos, err := Graded(l)
	if err != nil {
		return nil, err
	}
	spec, err := handin.SpecFor(l.Dir)
	if err != nil {
		return nil, err
	}
	class := &Class{Lesson: l.Name, Tests: infos}
	byDir := map[string]*Report{}
	left := map[*Report]int{}
	var runs []lessontest.Test
	done := 0
	for _, s := range students {
		r := &Report{Student: s.Name}
		class.Students = append(class.Students, r)
		if s.Err == nil {
			m, err := spec.Match(s.Dir)
			if err != nil {
				s.Err = err
			} else {
				r.Missing, r.Ignored = m.Missing, m.Ignored
			}
		}
		if s.Err != nil {
			r.Error = s.Err.Error()
			for _, info := range infos {
				r.Tests = append(r.Tests, TestResult{Name: info.Name, Points: info.Points, Hidden: info.Hidden, Status: lessontest.Failed, Output: r.Error + "\n"})
			}
			r.total()
			done++
			if progress != nil {
				progress(r, done, len(students))
			}
			continue
		}
		byDir[s.Dir] = r
		left[r] = len(tests)
		for _, t := range tests {
			t.Submission = s.Dir
			runs = append(runs, t)
		}
	}
	order := func(name string) int {
		return slices.IndexFunc(infos, func(info TestInfo) bool { return info.Name == name })
	}
	// A program found looping at one test's time limit is held to a
	// shorter leash in the student's later tests (see lessontest.Test).
	endless := map[string][]string{}
	prepare := func(t *lessontest.Test) { t.Endless = endless[t.Submission] }
	h.RunAllWith(runs, jobs, prepare, func(res lessontest.Result) {
		for _, p := range res.Endless {
			if !slices.Contains(endless[res.Test.Submission], p) {
				endless[res.Test.Submission] = append(endless[res.Test.Submission], p)
			}
		}
		r := byDir[res.Test.Submission]
		info := infos[order(res.Test.Name)]
		tr := TestResult{Name: res.Test.Name, Points: info.Points, Hidden: info.Hidden, Status: res.Status,
			Seconds: math.Round(res.Elapsed.Seconds()*1000) / 1000, Reason: res.Reason}
		if res.Status == lessontest.Failed {
			tr.Output = res.Output
			if !info.Hidden {
				tr.Hint = res.Hint
			}
		}
		r.Tests = append(r.Tests, tr)
		left[r]--
		if left[r] == 0 {
			slices.SortFunc(r.Tests, func(a, b TestResult) int { return order(a.Name) - order(b.Name) })
			r.total()
			done++
			if progress != nil {
				progress(r, done, len(students))
			}
		}
	})
	for _, r := range class.Students {
		slices.SortFunc(r.Tests, func(a, b TestResult) int { return order(a.Name) - order(b.Name) })
		r.total()
	}
	return class, nil
}
