package confine

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The test binary plays the confined program: started with envAttempt set,
// it confines itself as the case says, makes one attempt and prints
// "held: ERR" or "got out".
const envAttempt = "CONFINE_TEST_ATTEMPT"

func TestMain(m *testing.M) {
	Entry()
	if spec := os.Getenv(envAttempt); spec != "" {
		os.Exit(runAttempt(spec))
	}
	os.Exit(m.Run())
}

// attempt is one try to get out.
type attempt struct {
	Name     string
	Policy   Policy
	Layer    string // "landlock", "seccomp", or "" for both
	Try      string // key of tries
	Arg      string
	WantHeld bool
}

// tries are what a confined program attempts; each returns the error that
// stopped it, or nil when it got out.
var tries = map[string]func(arg string) error{
	"read": func(p string) error {
		_, err := os.ReadFile(p)
		return err
	},
	"write": func(p string) error {
		return os.WriteFile(p, []byte("x"), 0o644)
	},
	"truncate": func(p string) error { return os.Truncate(p, 0) },
	"readdir": func(p string) error {
		_, err := os.ReadDir(p)
		return err
	},
	"exec": func(p string) error {
		proc, err := os.StartProcess(p, []string{p}, &os.ProcAttr{Env: []string{}})
		if err != nil {
			return err
		}
		proc.Wait()
		return nil
	},
	"symlink-read": func(p string) error { // a link made inside, to p outside
		if err := os.Symlink(p, "link"); err != nil {
			return fmt.Errorf("making the link: %w (unexpected)", err)
		}
		_, err := os.ReadFile("link")
		return err
	},
	"hardlink": func(p string) error { // a hard link inside, to p outside
		return os.Link(p, "hard")
	},
	"rename-out": func(p string) error { // move a file of the folder out
		os.WriteFile("mine", []byte("x"), 0o644)
		return os.Rename("mine", p)
	},
	"ptrace": func(string) error {
		return syscall.PtraceAttach(os.Getppid())
	},
	"process_vm_readv": func(who string) error {
		pid := os.Getppid()
		if who == "self" {
			pid = os.Getpid()
		}
		var b [8]byte
		local := syscall.Iovec{Base: &b[0], Len: 8}
		remote := syscall.Iovec{Base: &b[0], Len: 8}
		_, _, e := syscall.Syscall6(sysProcessVMReadv, uintptr(pid),
			uintptr(unsafe.Pointer(&local)), 1, uintptr(unsafe.Pointer(&remote)), 1, 0)
		if e != 0 {
			return e
		}
		return nil
	},
	"signal-parent": func(string) error {
		return syscall.Kill(os.Getppid(), syscall.SIGCONT)
	},
	"mknod-fifo": func(p string) error { return syscall.Mkfifo(p, 0o644) },
	"unix-connect": func(p string) error { // a daemon's socket outside
		c, err := net.Dial("unix", p)
		if err == nil {
			c.Close()
		}
		return err
	},
}

func runAttempt(spec string) int {
	var a attempt
	if err := json.Unmarshal([]byte(spec), &a); err != nil {
		fmt.Println("bad spec:", err)
		return 2
	}
	var err error
	switch a.Layer {
	case "landlock":
		_, err = applyLandlock(a.Policy, "")
	case "seccomp":
		_, err = applySeccomp(a.Policy, a.Policy.Exec)
	case "none":
	default:
		var settle func() error
		if _, settle, err = Apply(a.Policy); err == nil {
			err = settle()
		}
	}
	if err != nil {
		fmt.Println("confining:", err)
		return 2
	}
	if err := tries[a.Try](a.Arg); err != nil {
		fmt.Println("held:", err)
		return 0
	}
	fmt.Println("got out")
	return 0
}

// sandbox makes a folder for the confined program and a secret next to it.
func sandbox(t *testing.T) (dir, secret string) {
	base := t.TempDir()
	dir = filepath.Join(base, "lesson")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	secret = filepath.Join(base, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, secret
}

func requireLayers(t *testing.T) {
	t.Helper()
	if l := Probe(); l.Landlock == 0 || !l.Seccomp {
		t.Skipf("this kernel lacks a layer (%v): nothing to test", l)
	}
}

// TestEscapes tries to get out of each layer, alone and together, and
// shows that each allow flag lifts its own part.
func TestEscapes(t *testing.T) {
	requireLayers(t)
	dir, secret := sandbox(t)
	sock := filepath.Join(filepath.Dir(dir), "daemon.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	outsideNew := filepath.Join(filepath.Dir(dir), "new.txt")
	ll, sc := "landlock", "seccomp"
	files, exec := Policy{Dir: dir, Files: true}, Policy{Dir: dir, Exec: true}
	def := Policy{Dir: dir}
	attempts := []attempt{
		{"read outside", def, "", "read", secret, true},
		{"read through ..", def, "", "read", dir + "/../secret.txt", true},
		{"read /etc/passwd", def, "", "read", "/etc/passwd", true},
		{"read through /proc/self/root", def, "", "read", "/proc/self/root" + secret, true},
		{"read another process's memory file", def, "", "read", fmt.Sprintf("/proc/%d/environ", os.Getppid()), true},
		{"write outside", def, "", "write", outsideNew, true},
		{"truncate outside", def, "", "truncate", secret, true},
		{"list the parent folder", def, "", "readdir", filepath.Dir(dir), true},
		{"read through a link made inside", def, "", "symlink-read", secret, true},
		{"hard link to a file outside", def, "", "hardlink", secret, true},
		{"move a file out", def, "", "rename-out", outsideNew, true},
		{"make a fifo outside", def, "", "mknod-fifo", outsideNew, true},
		{"exec /bin/true", def, "", "exec", "/bin/true", true},
		{"exec /bin/true, Landlock alone", def, ll, "exec", "/bin/true", true},
		{"exec /bin/true, seccomp alone", def, sc, "exec", "/bin/true", true},
		{"exec a copy made inside, Landlock alone", def, ll, "exec", "SELF-COPY", true},
		{"ptrace the supervisor", def, "", "ptrace", "", true},
		{"connect to a Unix socket outside", def, "", "unix-connect", sock, true},
		{"--allow-files connects to it", files, "", "unix-connect", sock, false},
		{"read the supervisor's memory", def, "", "process_vm_readv", "", true},
		{"signal the supervisor", def, ll, "signal-parent", "", true},
		// What stays open: the folder itself, and each flag's own part.
		{"read inside", def, "", "read", filepath.Join(dir, "self.txt"), false},
		{"write inside", def, "", "write", filepath.Join(dir, "new.txt"), false},
		{"read the time zone", def, "", "read", "/etc/localtime", false},
		{"read the listen backlog", def, "", "read", "/proc/sys/net/core/somaxconn", false},
		{"--allow-files reads outside", files, "", "read", secret, false},
		{"--allow-files still runs nothing", files, "", "exec", "/bin/true", true},
		{"--allow-exec runs /bin/true", exec, "", "exec", "/bin/true", false},
		{"--allow-exec still reads nothing outside", exec, "", "read", secret, true},
		{"--allow-unsafe traces", Policy{Dir: dir, Debug: true}, sc, "process_vm_readv", "self", false},
	}
	b, err := os.ReadFile("/bin/true")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "copy"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "self.txt"), []byte("mine"), 0o644)
	held := 0
	for _, a := range attempts {
		t.Run(a.Name, func(t *testing.T) {
			if a.Arg == "SELF-COPY" {
				a.Arg = filepath.Join(dir, "copy")
			}
			if a.WantHeld && controlled[a.Try] {
				// Unconfined, the same attempt gets out: it tests something.
				c := a
				c.Layer = "none"
				if out := runConfined(t, dir, c); !strings.HasPrefix(out, "got out") {
					t.Fatalf("%s: unconfined, the attempt fails too: %s", a.Name, out)
				}
				cleanup(dir)
			}
			out := runConfined(t, dir, a)
			cleanup(dir)
			gotOut := strings.HasPrefix(out, "got out")
			if a.WantHeld && gotOut {
				t.Errorf("%s: got out (policy %+v, layer %q)", a.Name, a.Policy, a.Layer)
			}
			if !a.WantHeld && !gotOut {
				t.Errorf("%s: refused, want it allowed: %s", a.Name, out)
			}
			if a.WantHeld && !gotOut {
				held++
			}
		})
	}
	t.Logf("%d attempts held", held)
}

// controlled are the tries that are shown to get out without confinement
// (ptrace is not tried: it would stop the test itself).
var controlled = map[string]bool{
	"read": true, "write": true, "truncate": true, "readdir": true, "exec": true,
	"symlink-read": true, "hardlink": true, "rename-out": true, "mknod-fifo": true,
	"unix-connect": true,
}

// cleanup removes what an attempt left, inside the folder and next to it.
func cleanup(dir string) {
	for _, name := range []string{"link", "hard", "mine", "../new.txt", "new.txt"} {
		os.Remove(filepath.Join(dir, name))
	}
	os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("secret"), 0o644)
}

func runConfined(t *testing.T, dir string, a attempt) string {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	self, _ := os.Executable()
	cmd := exec.Command(self)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), envAttempt+"="+string(b))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.HasPrefix(s, "held: ") && !strings.HasPrefix(s, "got out") {
		t.Fatalf("%s: the confined program said %q (%v)", a.Name, s, err)
	}
	return s
}

// sysProcessVMReadv is process_vm_readv's number, which package syscall
// does not name.
const sysProcessVMReadv = unix.SYS_PROCESS_VM_READV
