package confine

import (
	"fmt"
	"strings"
)

// Policy says what a confined program may reach.
type Policy struct {
	// Dir is the folder the program may read and write, with all below it.
	Dir string
	// ReadOnly are more folders or files the program may read.
	ReadOnly []string
	// ReadWrite are more folders the program may read and write: the
	// supervisor's, where it announces its listeners.
	ReadWrite []string

	// NetGuard is the descriptor of the socket to a supervisor's network
	// guard (see NetGuard); 0 for none. Net lifts the guard.
	NetGuard int

	// Ruleset is the descriptor of the Landlock ruleset a supervisor built
	// for this policy (see Ruleset), which Apply enforces as it is and
	// closes; 0 to build it here.
	Ruleset int

	Files bool // lift the file rules (--allow-files)
	Net   bool // let the program reach any host (--allow-net)
	Exec  bool // let the program run other programs (--allow-exec)
	Debug bool // let it trace other processes (--allow-unsafe)
}

// EnvRuleset names the descriptor, in a script process, of the Landlock
// ruleset its supervisor built for it (see Ruleset).
const EnvRuleset = "SOCKLAB_LANDLOCK_FD"

// Layers says which of the kernel's layers are in force, or available.
type Layers struct {
	Landlock int  // Landlock ABI version; 0 when there is none
	Seccomp  bool // seccomp filters
	Net      bool // the network guard (seccomp user notification to a supervisor)
}

// String names the layers as a user reads them: "Landlock ABI 7, seccomp".
func (l Layers) String() string {
	var s []string
	if l.Landlock > 0 {
		s = append(s, fmt.Sprintf("Landlock ABI %d", l.Landlock))
	}
	if l.Seccomp {
		s = append(s, "seccomp")
	}
	if l.Net {
		s = append(s, "network guard")
	}
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// Complete reports whether every layer socklab knows is there.
func (l Layers) Complete() bool { return l.Landlock >= minLandlock && l.Seccomp && l.Net }

// minLandlock is the first ABI that holds every file rule: before ABI 3
// Landlock does not handle truncate(2), so a file outside the folder could
// still be emptied by name. Older ABIs are used as far as they go.
const minLandlock = 3
