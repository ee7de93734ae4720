package proc

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/runner/confine"
)

// limitMessage rewrites a crash that a limit of l caused into a sentence
// that names the limit and the flag that changes it. It reports whether
// the crash was one: the runtime's own words ("runtime: out of memory",
// "stack overflow") name no limit a student could find.
func (c *crash) limitMessage(l confine.Limits) bool {
	l = l.WithDefaults()
	m := c.msg
	switch {
	case strings.Contains(m, "stack overflow"):
		c.msg = fmt.Sprintf("stack overflow: a function called itself without end, or too deeply "+
			"(a goroutine's stack may grow to %s, a quarter of the memory limit: change it with %s)",
			confine.Size(l.MaxStack()), confine.FlagMemory)
	case strings.Contains(m, "out of memory") || strings.Contains(m, "cannot allocate memory"):
		c.msg = fmt.Sprintf("out of memory: the script used all of the %s it may use "+
			"(change the limit with %s)", confine.Size(l.Memory), confine.FlagMemory)
	case strings.Contains(m, "thread exhaustion"):
		c.msg = fmt.Sprintf("too many threads: the script used more than the %d it may use "+
			"(change the limit with %s)", l.Threads, confine.FlagThreads)
	case strings.Contains(m, "newosproc") || strings.Contains(m, "pthread_create"):
		c.msg = fmt.Sprintf("cannot start another thread: the script reached its limit of memory (%s) or threads (%d) "+
			"(change them with %s and %s)", confine.Size(l.Memory), l.Threads, confine.FlagMemory, confine.FlagThreads)
	case strings.Contains(m, "too many open files"):
		c.msg = confine.Explain(m, l)
		return false // the script's own panic, at its line
	case c.signal:
		// Without unsafe, a Go program meets a fatal signal outside Go
		// code (a C library that found no memory) at its memory wall.
		c.msg = fmt.Sprintf("%s, most likely at its memory limit: it may use %s (change the limit with %s)",
			m, confine.Size(l.Memory), confine.FlagMemory)
	default:
		return false
	}
	c.failure = true
	return true
}
