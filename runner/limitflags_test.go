package runner

import (
	"io"
	"testing"

	"github.com/socklab/socklab/runner/confine"
)

// TestLimitFlags checks that every command that runs scripts takes the
// same limit flags, that each sets its limit, and that the messages of
// package proc and confine name flags that exist.
func TestLimitFlags(t *testing.T) {
	names := map[string]string{
		confine.FlagMemory: "max-memory", confine.FlagFiles: "max-files",
		confine.FlagThreads: "max-threads", confine.FlagOutput: "max-output",
	}
	for _, cmd := range []string{"run", "watch", "test"} {
		c := find(commands(io.Discard, io.Discard), cmd)
		if c == nil {
			t.Fatalf("no %s command", cmd)
		}
		for flag, name := range names {
			if flag != "--"+name {
				t.Errorf("the messages name %s, the flag is --%s", flag, name)
			}
			if c.Flags.Lookup(name) == nil {
				t.Errorf("socklab %s has no --%s", cmd, name)
			}
		}
	}

	var l confine.Limits
	c := newCommand("x", "x", "x", "")
	addLimitFlags(c.Flags, &l)
	if l != confine.DefaultLimits {
		t.Errorf("defaults = %+v, want %+v", l, confine.DefaultLimits)
	}
	args := []string{"--max-memory", "200MiB", "--max-files", "none", "--max-threads", "30", "--max-output", "2KiB"}
	if err := c.Flags.Parse(args); err != nil {
		t.Fatal(err)
	}
	want := confine.Limits{Memory: 200 << 20, Files: -1, Threads: 30, Output: 2 << 10}
	if l != want {
		t.Errorf("after %v: %+v, want %+v", args, l, want)
	}
	for _, bad := range [][]string{{"--max-memory", "lots"}, {"--max-threads", "0"}, {"--max-output", "-5"}} {
		if err := c.Flags.Parse(bad); err == nil {
			t.Errorf("%v was taken", bad)
		}
	}
}
