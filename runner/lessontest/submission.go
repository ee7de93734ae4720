package lessontest

import (
	"sync"

	"github.com/socklab/socklab/runner/handin"
)

// A submission is a student's work held against what the lesson asks for.
type submission struct {
	spec  handin.Spec
	match *handin.Match
}

// submissions remembers each (lesson, folder) pair's submission, so that the
// folder is listed once however many tests run against it.
type submissions struct {
	mu   sync.Mutex
	seen map[[2]string]*submission
}

// get returns the submission in dir for the lesson in lessonDir.
func (s *submissions) get(lessonDir, dir string) (*submission, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := [2]string{lessonDir, dir}
	if sub, ok := s.seen[key]; ok {
		return sub, nil
	}
	spec, err := handin.SpecFor(lessonDir)
	if err != nil {
		return nil, err
	}
	m, err := spec.Match(dir)
	if err != nil {
		return nil, err
	}
	sub := &submission{spec: spec, match: m}
	if s.seen == nil {
		s.seen = map[[2]string]*submission{}
	}
	s.seen[key] = sub
	return sub, nil
}

// Match returns what the submission in dir holds of the hand-in of
// lesson l: the files present, missing and ignored.
func Match(l *Lesson, dir string) (*handin.Match, error) {
	spec, err := handin.SpecFor(l.Dir)
	if err != nil {
		return nil, err
	}
	return spec.Match(dir)
}

// missingNeeded returns, for the files of sub that the student did not
// hand in, the message of the first one that test t names in its script
// (as in "exec socklab run server.go"), or "" when the test names none.
func missingNeeded(t Test, sub *submission) (string, error) {
	if len(sub.match.Missing) == 0 {
		return "", nil
	}
	words, err := scriptWords(t)
	if err != nil {
		return "", err
	}
	for _, f := range sub.match.Missing {
		if words[f] || words["./"+f] {
			return sub.match.MissingMessage(f), nil
		}
	}
	return "", nil
}
