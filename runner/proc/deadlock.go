package proc

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/diag"
)

// deadlock is Go's report that every goroutine of the script waits: the
// runtime's own first line, and what the script's main goroutine waits
// for, read from the goroutine dump that follows.
type deadlock struct {
	first  string // "fatal error: all goroutines are asleep - deadlock!"
	state  string // goroutine 1's state: "chan receive", "sync.WaitGroup.Wait", ...
	frames int    // the interpreted functions on goroutine 1's stack
	inMain bool   // reading goroutine 1's frames
}

// mainGoroutine matches the head of the main goroutine's dump; compiled
// when a crash report is first read, not at every process's start.
var mainGoroutine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^goroutine 1 (?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[([^,\]]+)`)
})

// runFrame starts the frame of the interpreter running one function of
// the script.
const runFrame = "github.com/traefik/yaegi/interp.runCfg("

func (d *deadlock) read(line string) {
	if m := mainGoroutine().FindStringSubmatch(line); m != nil {
		d.state, d.inMain = m[1], true
		return
	}
	if !d.inMain {
		return
	}
	if line == "" {
		d.inMain = false
		return
	}
	if strings.HasPrefix(line, runFrame) {
		d.frames++
	}
}

// report says what Go says, and where main waits when that is certain:
// in main's own body (one interpreted frame), at the one operation there
// that waits that way.
func (d *deadlock) report(display string, source func(string) []byte) string {
	out := d.first
	if d.state == "" {
		return out
	}
	out += fmt.Sprintf("\n\ngoroutine 1 [%s]:", d.state)
	if d.frames != 1 {
		return out
	}
	src := source(display)
	line, col, ok := diag.MainWaits(src, d.state)
	if !ok {
		return out
	}
	out += fmt.Sprintf("\n%s:%d:%d: main waits here", display, line, col)
	if lines := strings.Split(string(src), "\n"); line <= len(lines) {
		out += fmt.Sprintf("\n%6d | %s", line, strings.TrimSpace(lines[line-1]))
	}
	return out
}
