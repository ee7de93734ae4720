package confine

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

var noteOnce sync.Once

// Note tells w, once per machine and kernel, which of the kernel's layers
// are missing here, so that a student on an old kernel or another OS
// learns it once rather than with every run. It says nothing where every
// layer is in force, or where it cannot remember having said it (no cache
// folder): a line on every run would be noise. socklab version always
// says which layers are active.
func Note(w io.Writer) {
	noteOnce.Do(func() { note(w, Probe()) })
}

// note tells w that only the layers l hold here, unless the note was
// given before on this machine for the same layers.
func note(w io.Writer, l Layers) {
	if l.Complete() {
		return
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return
	}
	mark := filepath.Join(cache, "socklab", "sandbox-noted-"+strings.NewReplacer(" ", "", ",", "-").Replace(l.String()))
	if _, err := os.Stat(mark); err == nil {
		return
	}
	if os.MkdirAll(filepath.Dir(mark), 0o755) != nil || os.WriteFile(mark, nil, 0o644) != nil {
		return
	}
	fmt.Fprintf(w, "socklab: note: this system's kernel layers: %s. Scripts are still held by socklab's own checks;\n"+
		"see 'socklab version' and README, Sandbox. (This note shows once.)\n", l)
}

// Describe says in a line what the layers l hold, for socklab version.
func Describe(l Layers) string {
	var held []string
	if l.Landlock > 0 {
		held = append(held, fmt.Sprintf("Landlock ABI %d (files outside the folder, programs, signals)", l.Landlock))
	}
	if l.Seccomp {
		held = append(held, "seccomp (execve, ptrace, process_vm_*)")
	}
	if l.Net {
		held = append(held, "network guard (loopback only, through the supervisor)")
	}
	if len(held) == 0 {
		return "none in the kernel: socklab's own checks only"
	}
	return strings.Join(held, ", ")
}
