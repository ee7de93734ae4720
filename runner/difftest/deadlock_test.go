package difftest_test

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// blocked are programs that wait, the last line they print before they
// do, and whether Go calls that a deadlock: only waits that nothing can
// end are one. A wait on the network, on input, on a timer or on a
// sleep is not, under Go or under socklab.
var blocked = []struct {
	name, src string
	deadlock  bool
}{
	{"accept", `ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println("ready")
	ln.Accept()`, false},
	{"udp read in a goroutine", `c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	done := make(chan bool)
	go func() {
		c.ReadFrom(make([]byte, 8))
		done <- true
	}()
	fmt.Println("ready")
	<-done`, false},
	{"stdin", `fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n')`, false},
	{"sleep", `fmt.Println("ready")
	time.Sleep(time.Hour)`, false},
	{"select with a timer", `ch := make(chan int)
	fmt.Println("ready")
	select {
	case <-ch:
	case <-time.After(time.Hour):
	}`, false},
	{"channel nobody sends on", `ch := make(chan int)
	fmt.Println("ready")
	<-ch`, true},
}

// TestDeadlockReport runs each blocked program under socklab: a deadlock
// ends at once as Go ends it, every other wait goes on until the test
// stops it.
func TestDeadlockReport(t *testing.T) {
	for _, b := range blocked {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			src := "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"net\"\n\t\"os\"\n\t\"time\"\n)\n\n" +
				"var _, _, _, _ = bufio.NewReader, net.Listen, os.Stdin, time.Sleep\n\nfunc main() {\n\t" + b.src + "\n}\n"
			if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(socklab, "run", "main.go")
			cmd.Dir = dir
			stdin, _ := cmd.StdinPipe() // kept open: input that has not come yet
			defer stdin.Close()
			stdout, _ := cmd.StdoutPipe()
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(stdout).ReadString('\n')
			if line != "ready\n" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("first line %q, want ready\nstderr:\n%s", line, stderr.String())
			}
			go io.Copy(io.Discard, stdout)
			ended := make(chan error, 1)
			go func() { ended <- cmd.Wait() }()
			// Go's runtime reports a deadlock as soon as the last goroutine
			// waits; a second is plenty even on a loaded machine.
			select {
			case <-ended:
				if !b.deadlock {
					t.Fatalf("ended (exit status %d) while it waits on what can still come:\n%s", cmd.ProcessState.ExitCode(), stderr.String())
				}
				if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.HasPrefix(stderr.String(), "fatal error: all goroutines are asleep - deadlock!\n") {
					t.Errorf("exit status %d, stderr:\n%s\nwant 2 and Go's first line", code, stderr.String())
				}
				if !strings.Contains(stderr.String(), "main.go:16:2: main waits here") {
					t.Errorf("the report does not name where main waits:\n%s", stderr.String())
				}
			case <-time.After(time.Second):
				cmd.Process.Kill()
				<-ended
				if b.deadlock {
					t.Fatalf("still running a second after every goroutine waits for ever; stderr:\n%s", stderr.String())
				}
			}
		})
	}
}
