package proc

import (
	"bufio"
	"bytes"
	"regexp"
	"strings"
	"sync"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/script"
)

// crash is what a script process's diagnostic channel says about its end.
type crash struct {
	pos        string // innermost script position of the panic, if known
	msg        string
	failure    bool // a helper's failure (network, framing) rather than a bug
	endOfInput bool // the script asked for input after its input ended
	signal     bool // Go reported a fatal signal, not a panic
	deadlock   *deadlock

	// For a crash at a limit, where the script was (see diag.NoteDeep):
	deep      string            // the last deep recursion noted: "file.go:L:C name"
	mem       map[string]string // each goroutine's position when memory was last noted
	goroutine string            // the goroutine Go's report names first

	more bool // while reading Go's lines of the panics: a line after a tab goes on the text
}

// goroutineHead matches the head of a goroutine's dump in Go's report.
var goroutineHead = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^goroutine (\d+) `) })

// signalCrash matches the first line of Go's report of a fatal signal.
var signalCrash = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^SIG[A-Z]+: [a-z ]+$`) })

var recoveredSuffix = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*\[recovered.*\]$`) })

// helperOps start the messages of the network gate's errors.
var helperOps = []string{"listen on ", "connect to ", "send to ", "receive from ", "accept on ", "close sending to "}

// parseCrash reads the diagnostic channel. It finds a crash only when Go
// reported a panic or a fatal error; panic positions alone (a panic the
// script survived, or one the script process reported itself) are no crash.
func parseCrash(b []byte) (crash, bool) {
	var c crash
	found := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64*1024), diagLimit)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, script.PosPrefix):
			if !found {
				c.pos = strings.TrimPrefix(line, script.PosPrefix) // the last panic's note
			}
		case !found && strings.HasPrefix(line, diag.NoteDeep):
			c.deep = strings.TrimPrefix(line, diag.NoteDeep)
		case !found && strings.HasPrefix(line, diag.NoteMem):
			if g, pos, ok := strings.Cut(strings.TrimPrefix(line, diag.NoteMem), " "); ok {
				if c.mem == nil {
					c.mem = map[string]string{}
				}
				c.mem[g] = pos
			}
		case found && c.goroutine == "" && goroutineHead().MatchString(line):
			c.goroutine = goroutineHead().FindStringSubmatch(line)[1]
			if c.deadlock != nil {
				c.deadlock.read(line)
			}
		case !found && strings.HasPrefix(line, "panic: "):
			found, c.more = true, true
			c.msg = recoveredSuffix().ReplaceAllString(strings.TrimPrefix(line, "panic: "), "")
		case !found && strings.HasPrefix(line, "runtime/cgo: pthread_create failed"):
			found = true // a thread the memory or thread limit refused
			c.msg = strings.TrimPrefix(line, "runtime/cgo: ")
		case !found && signalCrash().MatchString(line):
			found = true // Go's report of a fatal signal: "SIGSEGV: segmentation violation"
			c.msg = "the script's process crashed (" + line + ")"
			c.signal = true
		case found && strings.HasPrefix(line, "\tpanic: "):
			// A panic recovered and raised again, with Go's own runtime
			// error in place of the interpreter's: the last one is it.
			c.msg = recoveredSuffix().ReplaceAllString(strings.TrimPrefix(line, "\tpanic: "), "")
			c.more = true
		case found && c.more && strings.HasPrefix(line, "\t"):
			// The next line of the text of the value (Go prints each
			// after a tab, as it prints the panics under way).
			c.msg = recoveredSuffix().ReplaceAllString(c.msg+"\n"+strings.TrimPrefix(line, "\t"), "")
		case found && c.more && line == "":
			c.more = false // the goroutines' dumps follow
		case !found && strings.HasPrefix(line, "fatal error: "):
			found = true
			c.msg = strings.TrimPrefix(line, "fatal error: ")
			if strings.HasSuffix(c.msg, "deadlock!") {
				c.deadlock = &deadlock{first: line}
			}
		case c.deadlock != nil:
			c.deadlock.read(line)
		}
	}
	if !found {
		return c, false
	}
	if c.deadlock != nil {
		return c, true
	}
	if c.msg == diag.ErrEndOfInput.Error() {
		c.endOfInput = true
	}
	// Go prints an error value's text followed by nothing else, but a
	// string panic of the script is printed quoted only by goexit paths;
	// plain text is what both look like here.
	for _, op := range helperOps {
		if strings.HasPrefix(c.msg, op) {
			c.failure = true
		}
	}
	c.msg = diag.Plain(c.msg)
	c.pos, c.msg = diag.ResolveNote(c.pos, c.msg)
	return c, true
}

func (c crash) report(display string, source func(string) []byte) string {
	if c.deadlock != nil {
		return c.deadlock.report(display, source)
	}
	return diag.Report(c.pos, c.msg, c.failure, source)
}
