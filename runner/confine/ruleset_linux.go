package confine

import (
	"errors"
	"fmt"
	"os"
	"strconv"

	ll "github.com/landlock-lsm/go-landlock/landlock/syscall"
	"golang.org/x/sys/unix"
)

// A ruleset is a Landlock ruleset under construction, cut down to what the
// kernel's ABI handles (best effort, as go-landlock's BestEffort does), and
// applied to every thread of the process by restrict.
//
// It is built on go-landlock's system calls rather than its Config because
// Config.Restrict sets no_new_privs on every thread in a round of its own
// before enforcing the ruleset in another: a round stops every thread of
// the process, and a script process started by a supervisor that set the
// flag before executing it (see package prestart) has it on every thread
// already.
type ruleset struct {
	fd      int
	abi     int
	handled uint64
}

// fileRights are the rights that apply to a file that is not a folder; the
// kernel refuses a rule that gives a file a folder's rights.
const fileRights = ll.AccessFSExecute | ll.AccessFSWriteFile | ll.AccessFSReadFile |
	ll.AccessFSTruncate | ll.AccessFSIoctlDev

// supportedFS returns the file rights that Landlock ABI abi handles.
func supportedFS(abi int) uint64 {
	switch {
	case abi <= 0:
		return 0
	case abi == 1:
		return 1<<13 - 1
	case abi == 2:
		return 1<<14 - 1
	case abi <= 4:
		return 1<<15 - 1
	case abi <= 8:
		return 1<<16 - 1
	default:
		return 1<<17 - 1
	}
}

// errNoRefer says that a rule needs the right to move files between folders
// (refer) that the ruleset does not handle, as under ABI 1, which denies it
// everywhere: go-landlock's best effort then does without Landlock, and so
// does socklab.
var errNoRefer = errors.New("landlock: ABI 1 cannot allow moving files between folders")

// newRuleset creates a ruleset that handles the file rights handled and
// the scopes scoped, less what ABI abi does not know.
func newRuleset(abi int, handled, scoped uint64) (*ruleset, error) {
	if abi < 6 {
		scoped = 0
	}
	attr := ll.RulesetAttr{HandledAccessFS: handled & supportedFS(abi), Scoped: scoped}
	fd, err := ll.LandlockCreateRuleset(&attr, 0)
	if err != nil {
		return nil, fmt.Errorf("landlock_create_ruleset: %w", err)
	}
	return &ruleset{fd: fd, abi: abi, handled: attr.HandledAccessFS}, nil
}

// allow adds a rule giving access to path and everything beneath it; a
// file that is not a folder gets only the rights of a file. A missing path
// is an error unless ignoreMissing.
func (r *ruleset) allow(access uint64, path string, ignoreMissing bool) error {
	if access&ll.AccessFSRefer != 0 && r.handled&ll.AccessFSRefer == 0 {
		return errNoRefer
	}
	access &= r.handled
	if access == 0 {
		return nil
	}
	fd, err := unix.Open(path, unix.O_PATH|unix.O_CLOEXEC, 0)
	if err != nil {
		if ignoreMissing && errors.Is(err, unix.ENOENT) {
			return nil
		}
		return fmt.Errorf("landlock: %s: %w", path, err)
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return fmt.Errorf("landlock: %s: %w", path, err)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		if access &= fileRights; access == 0 {
			return nil
		}
	}
	attr := ll.PathBeneathAttr{ParentFd: fd, AllowedAccess: access}
	if err := ll.LandlockAddPathBeneathRule(r.fd, &attr, 0); err != nil {
		return fmt.Errorf("landlock_add_rule %s: %w", path, err)
	}
	return nil
}

// restrict enforces the ruleset on every thread of the process, for good,
// and closes it.
func (r *ruleset) restrict() error {
	defer unix.Close(r.fd)
	if r.abi >= 8 {
		// The kernel enforces it on every thread at once (TSYNC), given
		// no_new_privs on the calling thread.
		return withNoNewPrivs(func() error {
			if err := ll.LandlockRestrictSelf(r.fd, ll.FlagRestrictSelfTSync); err != nil {
				return fmt.Errorf("landlock_restrict_self: %w", err)
			}
			return nil
		})
	}
	if !inheritedNoNewPrivs() {
		if err := ll.AllThreadsPrctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
			return fmt.Errorf("prctl(PR_SET_NO_NEW_PRIVS): %w", err)
		}
	}
	if err := ll.AllThreadsLandlockRestrictSelf(r.fd, 0); err != nil {
		return fmt.Errorf("landlock_restrict_self: %w", err)
	}
	return nil
}

// inheritedNoNewPrivs reports whether the calling thread has no_new_privs.
// Nothing of socklab sets it before confining, so a thread that has it has
// it from the process's start, as every thread then does: the flag passes
// through execve and to every thread cloned after. Were it wrong, a thread
// without the flag makes landlock_restrict_self fail (EPERM): the process
// stops, never runs unconfined.
func inheritedNoNewPrivs() bool {
	v, err := unix.PrctlRetInt(unix.PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)
	return err == nil && v == 1
}

// psxTasks is the folder that libcap's psx, which a cgo build uses to reach
// every thread, lists after enforcing on each (go-landlock's issue 39): a
// cgo build's ruleset lets it be read.
func psxTasks() string {
	return "/proc/" + strconv.Itoa(os.Getpid()) + "/task"
}
