package proc

import (
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/confine"
)

// TestLimitMessages feeds the diagnostic channel what Go writes when a
// script meets each limit, and checks the sentence that replaces it.
func TestLimitMessages(t *testing.T) {
	l := confine.Limits{Memory: 64 << 20, Files: 16, Threads: 20}
	tests := []struct {
		name, diag string
		want       []string // all in the message
		atLimit    bool
	}{
		{"out of memory", "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw(...)\n",
			[]string{"out of memory", "64MiB", "--max-memory"}, true},
		{"cannot allocate", "fatal error: runtime: cannot allocate memory\n",
			[]string{"out of memory", "--max-memory"}, true},
		{"stack overflow", "runtime: goroutine stack exceeds 16777216-byte limit\nfatal error: stack overflow\n",
			[]string{"stack overflow", "16MiB", "--max-memory"}, true},
		{"threads", "runtime: program exceeds 20-thread limit\nfatal error: thread exhaustion\n",
			[]string{"too many threads", "20", "--max-threads"}, true},
		{"pthread_create", "runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\nPC=0x0\n",
			[]string{"another thread", "--max-memory", "--max-threads"}, true},
		{"signal", "SIGSEGV: segmentation violation\nPC=0x7f m=6\n",
			[]string{"SIGSEGV", "memory limit", "--max-memory"}, true},
		// At the wall, Go's collector may crash on a failed mapping; the
		// notes say the script was allocating, and where.
		{"signal at the wall", "socklab-mem: 1 memory.go:6:3\nSIGSEGV: segmentation violation\nPC=0x43d0fd m=4 sigcode=1 addr=0x0\n" +
			"goroutine 0 gp=0x18bb6ed25860 m=4 mp=0x18bb6ed7b808 [idle]:\nruntime.(*spanQueue).tryDrain(0x7ff800000400?)\n",
			[]string{"out of memory, in the loop here", "64MiB", "--max-memory"}, true},
		{"out of memory in the collector", "socklab-mem: 1 memory.go:6:3\nfatal error: runtime: cannot allocate memory\n\nruntime stack:\n" +
			"goroutine 6 gp=0x82e8ce441e0 m=3 mp=0x82e8cdff008 [running]:\nruntime.systemstack_switch()\n",
			[]string{"out of memory, in the loop here", "--max-memory"}, true},
		{"open files", "panic: open x: too many open files\n",
			[]string{"too many open files", "16 files", "--max-files"}, false},
		{"a plain panic", "panic: boom\n", []string{"boom"}, false},
	}
	for _, tt := range tests {
		c, ok := parseCrash([]byte(tt.diag))
		if !ok {
			t.Errorf("%s: no crash found in %q", tt.name, tt.diag)
			continue
		}
		if got := c.limitMessage(l); got != tt.atLimit {
			t.Errorf("%s: at a limit = %v, want %v", tt.name, got, tt.atLimit)
		}
		for _, w := range tt.want {
			if !strings.Contains(c.msg, w) {
				t.Errorf("%s: message %q does not hold %q", tt.name, c.msg, w)
			}
		}
		if strings.Contains(tt.want[0], "in the loop here") && !strings.HasPrefix(c.pos, "memory.go:6:3") {
			t.Errorf("%s: position %q, want memory.go:6:3", tt.name, c.pos)
		}
		if strings.Contains(c.msg, "runtime.") || strings.Contains(c.msg, "goroutine ") {
			t.Errorf("%s: message %q holds the runtime's words", tt.name, c.msg)
		}
	}
}
