package proc

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/diag"
)

// limitMessage rewrites a crash that a limit of l caused into a sentence
// that names the limit and the flag that changes it. It reports whether
// the crash was one: the runtime's own words ("runtime: out of memory",
// "stack overflow") name no limit a student could find.
func (c *crash) limitMessage(l confine.Limits) bool {
	l = l.WithDefaults()
	m := c.msg
	panicPos := c.pos
	c.pos = "" // where a limit was met is known only from diag's notes
	switch {
	case strings.Contains(m, "stack overflow"):
		who := "a function"
		if pos, name, ok := strings.Cut(c.deep, " "); ok {
			// The recursion noted deepest last: its call to itself.
			c.pos, who = diag.Exact(pos), name
		}
		c.msg = fmt.Sprintf("stack overflow: %s called itself without end, or too deeply "+
			"(a goroutine's stack may grow to %s, a quarter of the memory limit: change it with %s)",
			who, confine.Size(l.MaxStack()), confine.FlagMemory)
	case strings.Contains(m, "out of memory") || strings.Contains(m, "cannot allocate memory") ||
		c.signal && len(c.mem) > 0:
		// Without unsafe, a Go program meets a fatal signal only outside
		// the script's code: the collector's, when a mapping failed at the
		// memory wall, which the notes say the script was nearing.
		where := ""
		if pos, ok := c.allocating(); ok {
			c.pos, where = diag.Exact(pos), ", in the loop here"
		}
		c.msg = fmt.Sprintf("out of memory%s: the script used all of the %s it may use "+
			"(change the limit with %s)", where, confine.Size(l.Memory), confine.FlagMemory)
	case strings.Contains(m, "thread exhaustion"):
		c.msg = fmt.Sprintf("too many threads: the script used more than the %d it may use "+
			"(change the limit with %s)", l.Threads, confine.FlagThreads)
	case strings.Contains(m, "newosproc") || strings.Contains(m, "pthread_create"):
		c.msg = fmt.Sprintf("cannot start another thread: the script reached its limit of memory (%s) or threads (%d) "+
			"(change them with %s and %s)", confine.Size(l.Memory), l.Threads, confine.FlagMemory, confine.FlagThreads)
	case strings.Contains(m, "too many open files"):
		c.msg, c.pos = confine.Explain(m, l), panicPos
		return false // the script's own panic, at its line
	case c.signal:
		// Without unsafe, a Go program meets a fatal signal outside Go
		// code (a C library that found no memory) at its memory wall.
		c.msg = fmt.Sprintf("%s, most likely at its memory limit: it may use %s (change the limit with %s)",
			m, confine.Size(l.Memory), confine.FlagMemory)
	default:
		c.pos = panicPos
		return false
	}
	c.failure = true
	return true
}

// allocating returns where the script was allocating when its memory ran
// out: where the goroutine that Go's report names first was last noted,
// or, when the report names one of the runtime's own (a collector's
// worker, a thread with no goroutine), the one position every noted
// goroutine shared. Several goroutines at different places name none.
func (c *crash) allocating() (string, bool) {
	if pos, ok := c.mem[c.goroutine]; ok {
		return pos, true
	}
	only := ""
	for _, pos := range c.mem {
		if only != "" && pos != only {
			return "", false
		}
		only = pos
	}
	return only, only != ""
}
