package lessontest

import (
	"encoding/xml"
	"fmt"
	"io"
	"time"
)

// JUnit XML, as CI systems read it: a testsuite per lesson, a testcase per
// test.
type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Skipped  int          `xml:"skipped,attr"`
		Time     string       `xml:"time,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Skipped  int         `xml:"skipped,attr"`
		Time     string      `xml:"time,attr"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitCase struct {
		ClassName string        `xml:"classname,attr"`
		Name      string        `xml:"name,attr"`
		Time      string        `xml:"time,attr"`
		Failure   *junitFailure `xml:"failure,omitempty"`
		Skipped   *junitSkipped `xml:"skipped,omitempty"`
		Output    string        `xml:"system-out,omitempty"`
	}
	junitFailure struct {
		Message string `xml:"message,attr"`
		Text    string `xml:",chardata"`
	}
	junitSkipped struct {
		Message string `xml:"message,attr"`
	}
)

// WriteJUnit writes results to w as a JUnit XML report.
func WriteJUnit(w io.Writer, results []Result) error {
	var all junitSuites
	var total time.Duration
	var spent []time.Duration // per suite
	index := map[string]int{}
	for _, r := range results {
		lesson := r.Test.Lesson.Name
		i, ok := index[lesson]
		if !ok {
			i = len(all.Suites)
			index[lesson] = i
			all.Suites = append(all.Suites, junitSuite{Name: lesson})
			spent = append(spent, 0)
		}
		s := &all.Suites[i]
		c := junitCase{ClassName: lesson, Name: r.Test.Name, Time: seconds(r.Elapsed)}
		switch r.Status {
		case Failed:
			c.Failure = &junitFailure{Message: "test failed", Text: r.Output}
			if r.Hint != "" {
				c.Failure.Text += HintText(r.Hint)
			}
			s.Failures++
		case Skipped:
			c.Skipped = &junitSkipped{Message: r.Reason}
			s.Skipped++
		default:
			c.Output = r.Output
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
		spent[i] += r.Elapsed
		total += r.Elapsed
	}
	for i := range all.Suites {
		s := &all.Suites[i]
		s.Time = seconds(spent[i])
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Skipped += s.Skipped
	}
	all.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return fmt.Errorf("writing the JUnit report: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }
