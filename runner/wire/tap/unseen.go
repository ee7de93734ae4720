package tap

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/runner/hint"
)

// Unseen returns the note, one line, that tells the user of --trace,
// --pcap or --faults which connections of this script they do not see: a
// script that looks at the concrete type of its connections (s.Concrete)
// gets Go's own, which no tap wraps, so that it runs as a Go build does;
// one that looks at its listeners' type (s.Listeners) gets Go's own
// listeners, whose connections no tap wraps. It is "" when no such flag
// was given to a command that shows the wire (see wire.EnvFlags), or the
// script looks at neither.
func Unseen(s *hint.Sites) string {
	if len(userFlags) == 0 || s == nil {
		return ""
	}
	flags, verb, do := userFlags[0], "sees", "does"
	if n := len(userFlags); n > 1 {
		flags = strings.Join(userFlags[:n-1], ", ") + " and " + userFlags[n-1]
		verb, do = "see", "do"
	}
	switch {
	case s.Concrete.Seen():
		return fmt.Sprintf("socklab: %s %s no connection of this script: %s %s, so the script gets Go's own connections, which %s %s not wrap; it runs as Go runs it",
			flags, verb, s.Concrete.At, s.Concrete.What, flags, do)
	case s.Listeners.Seen():
		return fmt.Sprintf("socklab: %s %s no connection that this script accepts: %s %s, so the script gets Go's own listeners, whose connections %s %s not wrap; it runs as Go runs it",
			flags, verb, s.Listeners.At, s.Listeners.What, flags, do)
	}
	return ""
}

// RecordUnseen writes the same into this process's trace, when it records
// one, for the diagram: a lesson test's, whose programs' standard error
// stays their own, shows it under the test's transcript.
func RecordUnseen(s *hint.Sites) {
	if recording == nil || s == nil {
		return
	}
	switch {
	case s.Concrete.Seen():
		recording.Unseen(fmt.Sprintf("no connection shown: %s %s, so the script gets Go's own connections, which the trace does not wrap",
			s.Concrete.At, s.Concrete.What))
	case s.Listeners.Seen():
		recording.Unseen(fmt.Sprintf("no accepted connection shown: %s %s, so the script gets Go's own listeners, whose connections the trace does not wrap",
			s.Listeners.At, s.Listeners.What))
	}
}
