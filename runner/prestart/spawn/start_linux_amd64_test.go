package spawn

import (
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestProcFiles checks that what start reads of /proc/self is what os has:
// the arguments, the environment and the binary.
func TestProcFiles(t *testing.T) {
	args, err := readProc("/proc/self/cmdline")
	if err != 0 {
		t.Fatal(syscall.Errno(err))
	}
	if got := split(args); !slices.Equal(got, os.Args) {
		t.Errorf("cmdline = %q, want %q", got, os.Args)
	}
	environ, err := readProc("/proc/self/environ")
	if err != 0 {
		t.Fatal(syscall.Errno(err))
	}
	// The test's environment is the one it started with.
	if got := split(environ); !slices.Equal(got, os.Environ()) {
		t.Errorf("environ = %q, want %q", got, os.Environ())
	}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		if got, ok := lookup(environ, k); !ok || got != v {
			t.Errorf("lookup(%q) = %q, %v; want %q", k, got, ok, v)
		}
	}
	exe, err := executable()
	if err != 0 {
		t.Fatal(syscall.Errno(err))
	}
	if want, _ := os.Executable(); exe != want {
		t.Errorf("executable() = %q, want %q", exe, want)
	}
}

func TestSplit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a\x00", []string{"a"}},
		{"socklab\x00run\x00hello.go\x00", []string{"socklab", "run", "hello.go"}},
		{"a\x00\x00b\x00", []string{"a", "", "b"}},
		{"a\x00b", []string{"a", "b"}}, // no last NUL
	} {
		if got := split([]byte(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestItoa(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 12: "12", 1024: "1024", -5: "-5"} {
		if got := Itoa(n); got != want {
			t.Errorf("Itoa(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestWanted(t *testing.T) {
	env := func(kv ...string) func(string) (string, bool) {
		return func(k string) (string, bool) {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1], true
				}
			}
			return "", false
		}
	}
	for _, tt := range []struct {
		args []string
		env  func(string) (string, bool)
		want bool
	}{
		{[]string{"socklab", "run", "hello.go"}, env(), true},
		{[]string{"socklab", "run", "hello.go"}, env(EnvOff, "1"), true},
		{[]string{"socklab", "run", "hello.go"}, env(EnvOff, "0"), false},
		{[]string{"socklab", "test", "scripts"}, env(), false},
		{[]string{"socklab"}, env(), false},
		{[]string{"socklab", "run", "hello.go"}, env(EnvControl, "12"), false},
		{[]string{"socklab", "run", "hello.go"}, env("SOCKLAB_CHILD", "1"), false},
	} {
		if got := Wanted(tt.args, tt.env); got != tt.want {
			t.Errorf("Wanted(%q) = %t, want %t", tt.args, got, tt.want)
		}
	}
}

// TestForkExec starts a shell with a pipe in its descriptors 0 to 2 and
// checks what it sees: the pipe, no signal blocked, an ignored signal
// still ignored;
// and that a program that cannot be executed is reported.
func TestForkExec(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	r := os.NewFile(uintptr(p[0]), "r")
	defer r.Close()
	signal.Ignore(syscall.SIGUSR2)
	defer signal.Reset(syscall.SIGUSR2)
	path := cstring("/bin/sh")
	argv := cstrings([]string{"sh", "-c", `grep -E '^Sig(Blk|Ign)' /proc/self/status; echo out; echo err >&2`})
	envp := cstrings([]string{"PATH=/usr/bin:/bin"})
	l := &launch{path: unsafe.Pointer(path), argv: unsafe.Pointer(&argv[0]), envp: unsafe.Pointer(&envp[0]), fd: uintptr(p[1]), nfds: 3, ppid: uintptr(os.Getpid())}
	pid, errno := forkExec(l)
	syscall.Close(p[1])
	if errno != 0 {
		t.Fatalf("forkExec: %v", syscall.Errno(errno))
	}
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(int(pid), &ws, 0, nil); err != nil || ws.ExitStatus() != 0 || l.failed != 0 {
		t.Fatalf("the shell ended with %v (%v), failed %v", ws, err, syscall.Errno(l.failed))
	}
	out := make([]byte, 4096)
	n, _ := r.Read(out)
	got := string(out[:n])
	for _, want := range []string{"SigBlk:\t0000000000000000\n", "out\n", "err\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the shell's output %q lacks %q", got, want)
		}
	}
	// SIGUSR2, ignored here, stays ignored, as through syscall.ForkExec.
	if i := strings.Index(got, "SigIgn:\t"); i < 0 {
		t.Errorf("the shell's output %q lacks SigIgn", got)
	} else if mask, err := strconv.ParseUint(got[i+8:i+24], 16, 64); err != nil || mask&(1<<(syscall.SIGUSR2-1)) == 0 {
		t.Errorf("the shell does not ignore SIGUSR2: SigIgn %s", got[i+8:i+24])
	}

	l = &launch{path: unsafe.Pointer(cstring("/nonexistent/program")), argv: unsafe.Pointer(&argv[0]), envp: unsafe.Pointer(&envp[0]), fd: 2, nfds: 3, ppid: uintptr(os.Getpid())}
	pid, errno = forkExec(l)
	if errno != 0 {
		t.Fatalf("forkExec: %v", syscall.Errno(errno))
	}
	if _, err := syscall.Wait4(int(pid), &ws, 0, nil); err != nil || ws.ExitStatus() != 127 {
		t.Errorf("the process that could not execute ended with %v (%v), want status 127", ws, err)
	}
	if syscall.Errno(l.failed) != syscall.ENOENT {
		t.Errorf("executing a missing program failed with %v, want ENOENT", syscall.Errno(l.failed))
	}
}

// TestLookup checks lookup on lists whose names share prefixes, with no
// value, and with no NUL after the last.
func TestLookup(t *testing.T) {
	env := []byte("SOCKLAB_PRESTARTED_PROCS=1\x00SOCKLAB_PRESTARTED=12\x00EMPTY=\x00A=b=c\x00LAST=x")
	for _, tt := range []struct {
		k, want string
		ok      bool
	}{
		{"SOCKLAB_PRESTARTED", "12", true},
		{"SOCKLAB_PRESTARTED_PROCS", "1", true},
		{"SOCKLAB", "", false},
		{"EMPTY", "", true},
		{"A", "b=c", true},
		{"LAST", "x", true},
		{"LAS", "", false},
		{"", "", false},
	} {
		if got, ok := lookup(env, tt.k); got != tt.want || ok != tt.ok {
			t.Errorf("lookup(%q) = %q, %v; want %q, %v", tt.k, got, ok, tt.want, tt.ok)
		}
	}
}
