package confine

import (
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// Limits bound what one program may use. A zero field takes the default
// (see WithDefaults); a negative one means no limit.
type Limits struct {
	Memory  int64 // bytes of memory (heap, stacks, buffers)
	Files   int   // files and connections open at once
	Threads int   // operating-system threads
	Output  int64 // bytes written to standard output and error together
}

// DefaultLimits are the limits of a script when no flag changes them:
// far above what any lesson needs, far below what hurts a machine.
var DefaultLimits = Limits{Memory: 1 << 30, Files: 4096, Threads: 256, Output: 64 << 20}

// Flags that change each limit, for messages.
const (
	FlagMemory  = "--max-memory"
	FlagFiles   = "--max-files"
	FlagThreads = "--max-threads"
	FlagOutput  = "--max-output"
)

// WithDefaults returns l with each zero field set to DefaultLimits'.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits
	if l.Memory == 0 {
		l.Memory = d.Memory
	}
	if l.Files == 0 {
		l.Files = d.Files
	}
	if l.Threads == 0 {
		l.Threads = d.Threads
	}
	if l.Output == 0 {
		l.Output = d.Output
	}
	return l
}

// maxStack is the most one goroutine's stack may take: Go's own 1 GB, or
// a quarter of the memory limit, so that a recursion without end stops at
// "stack overflow" well before it meets the memory wall.
func (l Limits) maxStack() int {
	const goMax = 1 << 30
	if l.Memory <= 0 || l.Memory/4 >= goMax {
		return goMax
	}
	return int(max(l.Memory/4, 1<<20))
}

// MaxStack is the stack limit that goes with l, for messages.
func (l Limits) MaxStack() int64 { return int64(l.maxStack()) }

// SetLimits applies l to this Go process: the runtime's soft memory limit
// (the collector works harder as it nears it), the kernel's hard one
// (RLIMIT_DATA, so the process cannot grow past it), the open-file and
// thread limits and the stack limit. Output is counted by the supervisor.
func SetLimits(l Limits) error {
	l = l.WithDefaults()
	if l.Memory > 0 {
		// What the runtime holds already (MemStats.Sys, read without
		// stopping the world as ReadMemStats does).
		sys := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		metrics.Read(sys)
		debug.SetMemoryLimit(int64(sys[0].Value.Uint64()) + l.Memory/10*9)
	}
	debug.SetMaxStack(l.maxStack())
	if l.Threads > 0 {
		debug.SetMaxThreads(l.Threads)
	}
	return setRlimits(l)
}

// String gives l as the flags that set it.
func (l Limits) String() string {
	l = l.WithDefaults()
	count := func(n int) string {
		if n < 0 {
			return "none"
		}
		return strconv.Itoa(n)
	}
	return fmt.Sprintf("%s %s %s %s %s %s %s %s", FlagMemory, Size(l.Memory), FlagFiles, count(l.Files),
		FlagThreads, count(l.Threads), FlagOutput, Size(l.Output))
}

// Size writes n bytes as the flags take it: "1GiB", "64MiB", "512KiB",
// and "none" for no limit.
func Size(n int64) string {
	if n < 0 {
		return "none"
	}
	units := []string{"GiB", "MiB", "KiB"}
	for i, u := range units {
		shift := uint(30 - 10*i)
		if n >= 1<<shift && n%(1<<shift) == 0 {
			return strconv.FormatInt(n>>shift, 10) + u
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}

// ParseSize reads a size as Size writes it, with or without the "iB"
// ("1G", "200MiB", "4096"), case aside; "none" is -1, no limit.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "none" {
		return -1, nil
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "b"), "i")
	shift := 0
	switch {
	case strings.HasSuffix(t, "k"):
		shift = 10
	case strings.HasSuffix(t, "m"):
		shift = 20
	case strings.HasSuffix(t, "g"):
		shift = 30
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)>>shift {
		return 0, fmt.Errorf("%q is not a size: write a number of bytes, or one with KiB, MiB or GiB (\"1GiB\")", s)
	}
	return n << shift, nil
}

// Env returns the environment entries that carry l to a process.
func (l Limits) Env() []string {
	l = l.WithDefaults()
	return []string{
		envMemory + "=" + strconv.FormatInt(l.Memory, 10),
		envFiles + "=" + strconv.Itoa(l.Files),
		envThreads + "=" + strconv.Itoa(l.Threads),
		envOutput + "=" + strconv.FormatInt(l.Output, 10),
	}
}

// Environment variables that carry Limits.
const (
	envMemory  = "SOCKLAB_MAX_MEMORY"
	envFiles   = "SOCKLAB_MAX_FILES"
	envThreads = "SOCKLAB_MAX_THREADS"
	envOutput  = "SOCKLAB_MAX_OUTPUT"
)

// LimitsFromEnv reads the limits Env wrote with getenv; a missing entry
// takes its default.
func LimitsFromEnv(getenv func(string) string) (Limits, error) {
	l := DefaultLimits
	read := func(name string, dst *int64) error {
		s := getenv(name)
		if s == "" {
			return nil
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("%s=%q: not a limit", name, s)
		}
		*dst = n
		return nil
	}
	files, threads := int64(l.Files), int64(l.Threads)
	for _, e := range []struct {
		name string
		dst  *int64
	}{{envMemory, &l.Memory}, {envFiles, &files}, {envThreads, &threads}, {envOutput, &l.Output}} {
		if err := read(e.name, e.dst); err != nil {
			return l, err
		}
	}
	l.Files, l.Threads = int(files), int(threads)
	return l, nil
}

// Explain adds to msg, the text of an error a script met, which limit of
// l caused it and how to change it, when a limit did.
func Explain(msg string, l Limits) string {
	l = l.WithDefaults()
	if strings.Contains(msg, "too many open files") && !strings.Contains(msg, FlagFiles) {
		return fmt.Sprintf("%s (a script may have %d files and connections open at once: "+
			"close those it no longer needs, or change the limit with %s)", msg, l.Files, FlagFiles)
	}
	return msg
}
