package confine

import (
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	ll "github.com/landlock-lsm/go-landlock/landlock/syscall"
	"golang.org/x/sys/unix"
)

// landlockABI returns the kernel's Landlock ABI version, 0 for none.
func landlockABI() int {
	v, err := ll.LandlockGetABIVersion()
	if err != nil {
		return 0
	}
	return v
}

// Access rights, as sets of Landlock's.
const (
	readFile   = ll.AccessFSReadFile
	readTree   = ll.AccessFSReadFile | ll.AccessFSReadDir
	execute    = ll.AccessFSExecute
	writeFile  = ll.AccessFSWriteFile | ll.AccessFSTruncate
	allButExec = readTree | writeFile | ll.AccessFSRemoveDir | ll.AccessFSRemoveFile |
		ll.AccessFSMakeChar | ll.AccessFSMakeDir | ll.AccessFSMakeReg | ll.AccessFSMakeSock |
		ll.AccessFSMakeFifo | ll.AccessFSMakeBlock | ll.AccessFSMakeSym | ll.AccessFSRefer
)

// systemFiles are the files a Go program reads after it started: the time
// zone (time.Local), the resolver's files (net resolves "localhost"), MIME
// types (net/http), certificates (crypto/tls) and the listen backlog (net
// reads somaxconn at the first Listen; refused, it falls back to 128, and a
// burst of clients overflows the accept queue, costing them a second each
// or their connection).
var systemFiles = []string{
	"/etc/localtime", "/etc/hosts", "/etc/resolv.conf", "/etc/nsswitch.conf",
	"/etc/host.conf", "/etc/gai.conf", "/etc/services", "/etc/protocols",
	"/etc/mime.types", "/proc/sys/net/core/somaxconn",
}

// systemDirs are read-only folders of the same kind.
func systemDirs() []string {
	dirs := []string{"/usr/share/zoneinfo", "/etc/ssl", "/etc/pki", "/etc/ca-certificates", "/usr/share/ca-certificates"}
	if z := os.Getenv("ZONEINFO"); z != "" {
		dirs = append(dirs, z)
	}
	if g := runtime.GOROOT(); g != "" {
		dirs = append(dirs, filepath.Join(g, "lib", "time"))
	}
	return dirs
}

// programDirs hold the system's programs and their libraries: readable
// and executable when programs may run, readable for an interpreter.
var programDirs = []string{"/bin", "/sbin", "/usr", "/lib", "/lib32", "/lib64", "/libx32", "/etc"}

// applyLandlock enforces p's file rules, plus run as the one program that
// may be executed (for Entry), and returns the ABI in force. A ruleset the
// supervisor built for p (Policy.Ruleset) is enforced as it is.
func applyLandlock(p Policy, run string) (int, error) {
	if p.Ruleset > 0 {
		rs := &ruleset{fd: p.Ruleset, abi: landlockABI()}
		if err := rs.restrict(); err != nil {
			return 0, fmt.Errorf("landlock: %w", err)
		}
		return rs.abi, nil
	}
	rs, err := buildRuleset(p, run)
	if err != nil || rs == nil {
		return 0, err
	}
	if err := rs.restrict(); err != nil {
		return 0, fmt.Errorf("landlock: %w", err)
	}
	return rs.abi, nil
}

// buildRuleset returns the ruleset of p's file rules, plus run as the one
// program that may be executed; nil where Landlock has nothing to enforce.
func buildRuleset(p Policy, run string) (*ruleset, error) {
	abi := landlockABI()
	if abi == 0 {
		return nil, nil
	}
	type rule struct {
		access        uint64
		path          string
		ignoreMissing bool
	}
	var handled uint64
	var rules []rule
	add := func(access uint64, paths ...string) {
		for _, path := range paths {
			rules = append(rules, rule{access, path, true})
		}
	}
	if !p.Files {
		handled |= allButExec
		for _, d := range append([]string{p.Dir}, p.ReadWrite...) {
			if d != "" {
				rules = append(rules, rule{allButExec, d, false})
			}
		}
		add(readTree, p.ReadOnly...)
		add(readFile, systemFiles...)
		add(readTree, systemDirs()...)
		add(readFile|ll.AccessFSWriteFile, "/dev/null", "/dev/zero", "/dev/full")
		add(readFile, "/dev/urandom", "/dev/random")
		if withCgo {
			add(ll.AccessFSReadDir, psxTasks())
		}
	}
	if !p.Exec {
		handled |= execute
	}
	if !p.Files && (p.Exec || run != "") {
		add(readTree, programDirs...) // and, with Exec, executable
	}
	if p.Exec && !p.Files {
		add(readFile|ll.AccessFSWriteFile, "/dev/tty")
	}
	if run != "" && !p.Files {
		// The interpreter's own tree: python3's prefix holds its library.
		add(readTree, filepath.Dir(filepath.Dir(run)))
	}
	if run != "" && !p.Exec {
		rights := uint64(execute)
		if !p.Files {
			rights |= readFile
		}
		add(rights, run)
		if interp := elfInterpreter(run); interp != "" {
			add(rights, interp) // the kernel executes the loader too
		}
	}
	if handled == 0 {
		return nil, nil
	}
	rs, err := newRuleset(abi, handled, ll.ScopeAbstractUnixSocket|ll.ScopeSignal)
	if err != nil {
		return nil, err
	}
	for _, r := range rules {
		if err := rs.allow(r.access, r.path, r.ignoreMissing); err != nil {
			unix.Close(rs.fd)
			if errors.Is(err, errNoRefer) {
				return nil, nil
			}
			return nil, err
		}
	}
	return rs, nil
}

// Ruleset builds the Landlock ruleset of p, for a process about to start
// that will enforce it (Policy.Ruleset); nil where Landlock has nothing to
// enforce. A supervisor builds it while the process starts, which then
// only enforces it; the process closes its copy once it has.
//
// A cgo build's ruleset names the process's own /proc folder (see
// psxTasks), which the supervisor cannot know: there the process builds
// it itself.
func Ruleset(p Policy) (*os.File, error) {
	if withCgo {
		return nil, nil
	}
	rs, err := buildRuleset(p, "")
	if err != nil || rs == nil {
		return nil, err
	}
	return os.NewFile(uintptr(rs.fd), "landlock ruleset"), nil
}

// elfInterpreter returns the dynamic loader a program names (its
// PT_INTERP), resolved, or "" for a static program or a script.
func elfInterpreter(path string) string {
	f, err := elf.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type != elf.PT_INTERP {
			continue
		}
		b := make([]byte, p.Filesz)
		if _, err := p.ReadAt(b, 0); err != nil {
			return ""
		}
		name := strings.TrimRight(string(b), "\x00")
		if real, err := filepath.EvalSymlinks(name); err == nil {
			return real
		}
		return name
	}
	return ""
}
