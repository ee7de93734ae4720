package confine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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
	// Inherit starts the program with no_new_privs already set, as
	// package prestart starts a script process: it then skips setting it
	// on every thread, and Landlock must still hold on every one.
	Inherit bool
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
	if a.Inherit && !inheritedNoNewPrivs() {
		fmt.Println("bad start: no_new_privs was not inherited")
		return 2
	}
	// Threads that exist before the process confines itself, each locked
	// to its goroutine, make the attempt again after (see threadTries).
	var threads []chan chan error
	if a.Try == "read" {
		threads = lockedThreads(4)
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
	err = tries[a.Try](a.Arg)
	for _, th := range threads {
		res := make(chan error)
		th <- res
		if e := <-res; (e == nil) != (err == nil) {
			fmt.Printf("got out on one thread and not another: %v, %v\n", err, e)
			return 2
		}
	}
	if err != nil {
		fmt.Println("held:", err)
		return 0
	}
	fmt.Println("got out")
	return 0
}

// lockedThreads starts n goroutines, each locked to a thread of its own,
// that read the file an attempt names when asked, on that thread.
func lockedThreads(n int) []chan chan error {
	var ths []chan chan error
	for range n {
		ask := make(chan chan error)
		ready := make(chan struct{})
		go func() {
			runtime.LockOSThread()
			close(ready)
			res := <-ask
			var a attempt
			json.Unmarshal([]byte(os.Getenv(envAttempt)), &a)
			res <- tries["read"](a.Arg)
		}()
		<-ready
		ths = append(ths, ask)
	}
	return ths
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
		{"read outside", def, "", "read", secret, true, false},
		{"read through ..", def, "", "read", dir + "/../secret.txt", true, false},
		{"read /etc/passwd", def, "", "read", "/etc/passwd", true, false},
		{"read through /proc/self/root", def, "", "read", "/proc/self/root" + secret, true, false},
		{"read another process's memory file", def, "", "read", fmt.Sprintf("/proc/%d/environ", os.Getppid()), true, false},
		{"write outside", def, "", "write", outsideNew, true, false},
		{"truncate outside", def, "", "truncate", secret, true, false},
		{"list the parent folder", def, "", "readdir", filepath.Dir(dir), true, false},
		{"read through a link made inside", def, "", "symlink-read", secret, true, false},
		{"hard link to a file outside", def, "", "hardlink", secret, true, false},
		{"move a file out", def, "", "rename-out", outsideNew, true, false},
		{"make a fifo outside", def, "", "mknod-fifo", outsideNew, true, false},
		{"exec /bin/true", def, "", "exec", "/bin/true", true, false},
		{"exec /bin/true, Landlock alone", def, ll, "exec", "/bin/true", true, false},
		{"exec /bin/true, seccomp alone", def, sc, "exec", "/bin/true", true, false},
		{"exec a copy made inside, Landlock alone", def, ll, "exec", "SELF-COPY", true, false},
		{"ptrace the supervisor", def, "", "ptrace", "", true, false},
		{"connect to a Unix socket outside", def, "", "unix-connect", sock, true, false},
		{"--allow-files connects to it", files, "", "unix-connect", sock, false, false},
		{"read the supervisor's memory", def, "", "process_vm_readv", "", true, false},
		{"signal the supervisor", def, ll, "signal-parent", "", true, false},
		// What stays open: the folder itself, and each flag's own part.
		{"read inside", def, "", "read", filepath.Join(dir, "self.txt"), false, false},
		{"write inside", def, "", "write", filepath.Join(dir, "new.txt"), false, false},
		{"read the time zone", def, "", "read", "/etc/localtime", false, false},
		{"read the listen backlog", def, "", "read", "/proc/sys/net/core/somaxconn", false, false},
		{"--allow-files reads outside", files, "", "read", secret, false, false},
		{"--allow-files still runs nothing", files, "", "exec", "/bin/true", true, false},
		{"--allow-exec runs /bin/true", exec, "", "exec", "/bin/true", false, false},
		{"--allow-exec still reads nothing outside", exec, "", "read", secret, true, false},
		{"--allow-unsafe traces", Policy{Dir: dir, Debug: true}, sc, "process_vm_readv", "self", false, false},
		// Started as package prestart starts a script process.
		{"no_new_privs from the start: read outside", def, "", "read", secret, true, true},
		{"no_new_privs from the start: Landlock alone", def, ll, "read", secret, true, true},
		{"no_new_privs from the start: read inside", def, "", "read", filepath.Join(dir, "self.txt"), false, true},
		{"no_new_privs from the start: exec", def, ll, "exec", "/bin/true", true, true},
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
	var out []byte
	if a.Inherit {
		out, err = startWithNoNewPrivs(cmd)
	} else {
		out, err = cmd.CombinedOutput()
	}
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

// startWithNoNewPrivs runs cmd from a thread that has no_new_privs set, and
// that ends with the goroutine: the flag cannot be cleared.
func startWithNoNewPrivs(cmd *exec.Cmd) ([]byte, error) {
	type result struct {
		out []byte
		err error
	}
	done := make(chan result)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread goes with the goroutine
		if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
			done <- result{nil, err}
			return
		}
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, &buf
		if err := cmd.Start(); err != nil {
			done <- result{nil, err}
			return
		}
		err := cmd.Wait()
		done <- result{buf.Bytes(), err}
	}()
	r := <-done
	return r.out, r.err
}

// sysProcessVMReadv is process_vm_readv's number, which package syscall
// does not name.
const sysProcessVMReadv = unix.SYS_PROCESS_VM_READV
