package prestart

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestMain makes the test binary a process that can be started early: one
// adopted prints what it became, on the descriptors it was given.
func TestMain(m *testing.M) {
	if _, ok := os.LookupEnv(envControl); ok {
		if !Await() {
			os.Exit(90)
		}
		wd, _ := os.Getwd()
		_, maxprocsSet := os.LookupEnv("GOMAXPROCS")
		fmt.Printf("args=%q wd=%s greeting=%s big=%d control=%t maxprocs=%d/%t\n", os.Args, wd, os.Getenv("GREETING"), len(os.Getenv("BIG")), os.Getenv(envControl) != "", runtime.GOMAXPROCS(0), maxprocsSet)
		in, _ := io.ReadAll(os.Stdin)
		fmt.Fprintf(os.Stderr, "stdin=%q\n", in)
		extra := os.NewFile(3, "extra")
		fmt.Fprintln(extra, "on descriptor 3")
		// The control socket stays, for Finish, but no program inherits it.
		if ok, err := closeOnExec(controlFD); !ok {
			fmt.Println("the control socket is gone or inherited:", err)
		}
		if os.Getenv("FINISH") == "1" {
			os.Exit(Finish(7))
		}
		os.Exit(7)
	}
	os.Exit(m.Run())
}

func TestWanted(t *testing.T) {
	tests := []struct {
		args []string
		env  map[string]string
		want bool
	}{
		{[]string{"socklab", "run", "hello.go"}, nil, true},
		{[]string{"socklab", "run"}, nil, true},
		{[]string{"socklab", "test", "scripts"}, nil, false},
		{[]string{"socklab"}, nil, false},
		{[]string{"socklab", "hello.go"}, map[string]string{"SOCKLAB_CHILD": "1"}, false},
		{[]string{"socklab", "run", "hello.go"}, map[string]string{"SOCKLAB_CHILD": "1"}, false},
		{[]string{"socklab", "run", "hello.go"}, map[string]string{envControl: "12"}, false},
		{[]string{"socklab", "run", "hello.go"}, map[string]string{"SOCKLAB_CONFINE": "{}"}, false},
		{[]string{"socklab", "run", "hello.go"}, map[string]string{EnvOff: "0"}, false},
		{[]string{"socklab", "run", "hello.go"}, map[string]string{EnvOff: "1"}, true},
	}
	for _, tt := range tests {
		getenv := func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }
		if got := wanted(tt.args, getenv); got != tt.want {
			t.Errorf("wanted(%q, %v) = %t, want %t", tt.args, tt.env, got, tt.want)
		}
	}
}

func TestMessage(t *testing.T) {
	argv := []string{"socklab", "hello.go", "", "a b"}
	env := []string{"A=1", "B=", "C=x=y"}
	msg := encode(4, argv, env)
	if bodyLen(msg) != len(msg)-4 {
		t.Fatalf("length %d, body %d", bodyLen(msg), len(msg)-4)
	}
	files, gotArgv, gotEnv, err := decode(msg[4:])
	if err != nil || files != 4 || !reflect.DeepEqual(gotArgv, argv) || !reflect.DeepEqual(gotEnv, env) {
		t.Fatalf("decode = %d, %q, %q, %v", files, gotArgv, gotEnv, err)
	}
	for _, bad := range []string{"", "1\x002\x00a\x00", "x\x000\x00", "1\x00", "99\x000\x00", "1\x000\x00A=1"} {
		if _, _, _, err := decode([]byte(bad)); err == nil {
			t.Errorf("decode(%q) took a damaged message", bad)
		}
	}
}

func TestFits(t *testing.T) {
	p := &Process{exe: "/bin/socklab", env: map[string]string{"GOGC": "200"}}
	tests := []struct {
		exe  string
		env  []string
		want bool
	}{
		{"/bin/socklab", []string{"HOME=/root", "GOGC=200", "SOCKLAB_CHILD=1"}, true},
		{"/bin/other", []string{"GOGC=200"}, false},
		{"/bin/socklab", []string{"HOME=/root"}, false},
		{"/bin/socklab", []string{"GOGC=100"}, false},
		{"/bin/socklab", []string{"GOGC=200", "GODEBUG=x=1"}, false},
	}
	for _, tt := range tests {
		if got := p.Fits(tt.exe, tt.env); got != tt.want {
			t.Errorf("Fits(%s, %q) = %t, want %t", tt.exe, tt.env, got, tt.want)
		}
	}
}

// TestAdopt starts this test binary early, as socklab run starts itself,
// and hands it arguments, environment, folder and descriptors. A process
// that exits says no status; one that ends with Finish says its own.
func TestAdopt(t *testing.T) {
	if !supported {
		t.Skip("no process is started early on this system")
	}
	for _, finish := range []bool{false, true} {
		t.Run(fmt.Sprintf("finish=%t", finish), func(t *testing.T) { testAdopt(t, finish) })
	}
}

func testAdopt(t *testing.T, finish bool) {
	// The process takes the number of processors from this one (here
	// made 1, which it would not work out for itself on a machine of
	// more), and does not show it in its environment once adopted.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	p, err := start()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in, inW := pipe(t)
	outR, out := pipe(t)
	errR, errOut := pipe(t)
	extraR, extra := pipe(t)
	argv := []string{"socklab", "hello.go", "a b"}
	// BIG makes the message longer than one read.
	env := []string{"GREETING=hi", "BIG=" + strings.Repeat("x", 100000), "PATH=" + os.Getenv("PATH")}
	if finish {
		env = append(env, "FINISH=1")
	}
	if err := p.Adopt(argv, env, []*os.File{in, out, errOut, extra}, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []*os.File{in, out, errOut, extra} {
		f.Close()
	}
	inW.WriteString("typed")
	inW.Close()
	got := readAll(t, outR, errR, extraR)
	code, said := p.Ended()
	if said != finish || (said && code != 7) {
		t.Errorf("Ended() = %d, %t; want 7, %t", code, said, finish)
	}
	state, err := p.Wait()
	if err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(dir)
	want := []string{
		fmt.Sprintf("args=%q wd=%s greeting=hi big=100000 control=false maxprocs=1/false\n", argv, real),
		"stdin=\"typed\"\n",
		"on descriptor 3\n",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the adopted process wrote\n%q\nwant\n%q", got, want)
	}
	if state.ExitStatus() != 7 {
		t.Errorf("exit status %d, want 7", state.ExitStatus())
	}
}

// TestDiscard: a process that no one adopts ends, and is reaped.
func TestDiscard(t *testing.T) {
	if !supported {
		t.Skip("no process is started early on this system")
	}
	p, err := start()
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	waiting = p
	mu.Unlock()
	done := make(chan struct{})
	go func() {
		Discard()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Discard did not return")
	}
	if Take() != nil {
		t.Error("a discarded process can still be taken")
	}
	if err := p.Signal(os.Kill); err == nil {
		t.Error("the discarded process is still there")
	}
}

func pipe(t *testing.T) (*os.File, *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	return r, w
}

// readAll reads each file to its end, all at once, and returns what each
// held.
func readAll(t *testing.T, files ...*os.File) []string {
	t.Helper()
	out := make([]string, len(files))
	done := make(chan struct{}, len(files))
	for i, f := range files {
		go func() {
			var b bytes.Buffer
			io.Copy(&b, f)
			out[i] = b.String()
			done <- struct{}{}
		}()
	}
	for range files {
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("the adopted process did not close its output")
		}
	}
	return out
}
